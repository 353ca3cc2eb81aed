import { sortCaseload, type CaseloadClient } from './caseload-sort';

function row(id: string, lastName: string, extra: Partial<CaseloadClient> = {}): CaseloadClient {
  return {
    id,
    firstName: 'A',
    lastName,
    highestRiskSeverity: null,
    daysInTreatment: 1,
    lastCheckInAt: null,
    nextMilestone: null,
    status: 'ACTIVE',
    levelOfCare: 'OUTPATIENT_1',
    program: { id: 'p', name: 'P' },
    ...extra,
  } as CaseloadClient;
}

describe('sortCaseload', () => {
  it('puts urgent clients first whatever the chosen sort', () => {
    const sorted = sortCaseload(
      [row('1', 'Adams'), row('2', 'Young', { highestRiskSeverity: 'URGENT' }), row('3', 'Baker', { highestRiskSeverity: 'WARNING' })],
      { key: 'name', direction: 'ascending' },
    );
    expect(sorted.map((c) => c.lastName)).toEqual(['Young', 'Adams', 'Baker']);
  });

  it('sorts clients with no check-in last in both directions', () => {
    const clients = [
      row('1', 'Adams'),
      row('2', 'Baker', { lastCheckInAt: '2026-03-01T10:00:00Z' }),
      row('3', 'Cole', { lastCheckInAt: '2026-03-05T10:00:00Z' }),
    ];
    expect(sortCaseload(clients, { key: 'lastCheckIn', direction: 'ascending' }).map((c) => c.lastName)).toEqual([
      'Baker',
      'Cole',
      'Adams',
    ]);
    expect(sortCaseload(clients, { key: 'lastCheckIn', direction: 'descending' }).map((c) => c.lastName)).toEqual([
      'Cole',
      'Baker',
      'Adams',
    ]);
  });

  it('orders levels of care by ASAM code, not by name', () => {
    const sorted = sortCaseload(
      [row('1', 'A', { levelOfCare: 'HIGH_INTENSITY_RESIDENTIAL_3_5' }), row('2', 'B', { levelOfCare: 'INTENSIVE_OUTPATIENT_2_1' })],
      { key: 'levelOfCare', direction: 'ascending' },
    );
    expect(sorted.map((c) => c.levelOfCare)).toEqual(['INTENSIVE_OUTPATIENT_2_1', 'HIGH_INTENSITY_RESIDENTIAL_3_5']);
  });
});
