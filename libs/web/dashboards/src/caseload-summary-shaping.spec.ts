import {
  caseloadSummarySentence,
  counselorRows,
  counselorTotals,
  flagsText,
  type CounselorCaseload,
} from './caseload-summary-shaping';

const counselor = (overrides: Partial<CounselorCaseload>): CounselorCaseload => ({
  counselorId: 's-1',
  counselorName: 'Avery Chen',
  activeClients: 12,
  urgentFlags: 2,
  warningFlags: 5,
  infoFlags: 3,
  clientsWithUrgentFlags: 2,
  plansOverdue: 1,
  plansAwaitingSignOff: 2,
  familyEngagedLast30Days: 6,
  clientsWithPeerWorker: 5,
  peerContactedLast14Days: 4,
  ...overrides,
});

const team = [
  counselor({}),
  counselor({
    counselorId: 's-2',
    counselorName: 'Blake Osei',
    activeClients: 8,
    urgentFlags: 0,
    warningFlags: 1,
    infoFlags: 0,
    plansOverdue: 0,
    plansAwaitingSignOff: 1,
    familyEngagedLast30Days: 1,
    clientsWithPeerWorker: 0,
    peerContactedLast14Days: 0,
  }),
];

describe('caseload per counselor', () => {
  it('writes flags by severity as text', () => {
    expect(flagsText(2, 5, 3)).toBe('2 urgent, 5 warning, 3 info');
    expect(flagsText(0, 0, 0)).toBe('No flags');
  });

  it('computes family engagement and peer contact rates per counselor', () => {
    const [avery, blake] = counselorRows(team);
    expect(avery).toMatchObject({
      counselorName: 'Avery Chen',
      familyEngagementPct: 50,
      peerContactPct: 80,
      flagsText: '2 urgent, 5 warning, 3 info',
    });
    expect(blake).toMatchObject({
      familyEngagementPct: 13,
      peerContactPct: null,
    });
  });

  it('totals the counts and recomputes rates from the totals', () => {
    expect(counselorTotals(team)).toMatchObject({
      counselorId: null,
      counselorName: 'Total',
      activeClients: 20,
      urgentFlags: 2,
      warningFlags: 6,
      infoFlags: 3,
      flagsText: '2 urgent, 6 warning, 3 info',
      plansOverdue: 1,
      plansAwaitingSignOff: 3,
      familyEngaged: 7,
      familyEngagementPct: 35,
      clientsWithPeerWorker: 5,
      peerContacted: 4,
      peerContactPct: 80,
    });
    expect(counselorTotals([])).toMatchObject({
      activeClients: 0,
      familyEngagementPct: null,
      peerContactPct: null,
    });
  });

  it('summarises the largest caseload, urgent flags and plan follow-through', () => {
    expect(caseloadSummarySentence(team)).toBe(
      "2 counselors have 20 active clients; Avery Chen has the most (12). 2 urgent flags in all, 2 on Avery Chen's caseload. 1 care plan is overdue for review and 3 await sign-off.",
    );
    expect(caseloadSummarySentence([])).toBe('No counselors have active clients.');
  });
});
