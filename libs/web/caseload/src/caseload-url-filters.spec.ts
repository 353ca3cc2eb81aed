import { readCaseloadUrlFilters, toClientFilter, urlFilterChips } from './caseload-url-filters';

describe('caseload URL filters', () => {
  it('turns a dashboard link into the clients filter', () => {
    const filters = readCaseloadUrlFilters(
      new URLSearchParams('counselor=s-9&dual=false&modality=CBT&admittedFrom=2026-01-01&admittedTo=2026-01-31&risk=urgent&status=all'),
    );
    expect(toClientFilter(filters, { search: 'jo', programId: 'p-1', withDiagnoses: true })).toEqual({
      statuses: ['ACTIVE', 'ON_HOLD', 'DISCHARGED'],
      search: 'jo',
      counselorId: 's-9',
      programId: 'p-1',
      dualDiagnosis: false,
      modality: 'CBT',
      admittedFrom: '2026-01-01',
      admittedTo: '2026-01-31',
      riskSeverityAtLeast: 'URGENT',
    });
  });

  it('ignores values that cannot be right, and the diagnosis filter for peers', () => {
    const filters = readCaseloadUrlFilters(new URLSearchParams('dual=true&risk=HIGH&admittedFrom=last-week'));
    expect(toClientFilter(filters, { search: '', programId: null, withDiagnoses: false })).toEqual({
      statuses: ['ACTIVE', 'ON_HOLD'],
    });
  });

  it('names the counselor in the chip when known, and says "Counselor filter" otherwise', () => {
    const filters = readCaseloadUrlFilters(new URLSearchParams('counselor=s-9&modality=CBT'));
    expect(urlFilterChips(filters, 'Avery Lindqvist').map((c) => c.label)).toEqual([
      'Counselor: Avery Lindqvist',
      'Modality: Cognitive behavioral therapy (CBT)',
    ]);
    expect(urlFilterChips(filters, null)[0].label).toBe('Counselor filter');
  });
});
