import { RISK_SEVERITY_LABELS, RiskSeverity } from '@carecircle/shared/domain';
import type { DashboardCaseloadSummaryQuery } from '@carecircle/web/data-access';

export type CounselorCaseload = DashboardCaseloadSummaryQuery['caseloadSummary'][number];

export interface CounselorRow {
  counselorId: string | null;
  counselorName: string;
  activeClients: number;
  urgentFlags: number;
  warningFlags: number;
  infoFlags: number;
  /** "2 urgent, 5 warning, 3 info", or "No flags". */
  flagsText: string;
  plansOverdue: number;
  plansAwaitingSignOff: number;
  familyEngaged: number;
  /** Whole percent of active clients with family engagement in the last 30 days; null with no clients. */
  familyEngagementPct: number | null;
  clientsWithPeerWorker: number;
  peerContacted: number;
  /** Whole percent of clients with a peer worker contacted in the last 14 days; null when none has one. */
  peerContactPct: number | null;
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

export function flagsText(urgent: number, warning: number, info: number): string {
  if (urgent + warning + info === 0) return 'No flags';
  const word = (severity: RiskSeverity) => RISK_SEVERITY_LABELS[severity].toLowerCase();
  return `${urgent} ${word(RiskSeverity.URGENT)}, ${warning} ${word(RiskSeverity.WARNING)}, ${info} ${word(RiskSeverity.INFO)}`;
}

type CaseloadCounts = Omit<CounselorCaseload, 'clientsWithUrgentFlags' | 'counselorId'> & {
  counselorId: string | null;
};

function row(c: CaseloadCounts): CounselorRow {
  return {
    counselorId: c.counselorId,
    counselorName: c.counselorName,
    activeClients: c.activeClients,
    urgentFlags: c.urgentFlags,
    warningFlags: c.warningFlags,
    infoFlags: c.infoFlags,
    flagsText: flagsText(c.urgentFlags, c.warningFlags, c.infoFlags),
    plansOverdue: c.plansOverdue,
    plansAwaitingSignOff: c.plansAwaitingSignOff,
    familyEngaged: c.familyEngagedLast30Days,
    familyEngagementPct: ratio(c.familyEngagedLast30Days, c.activeClients),
    clientsWithPeerWorker: c.clientsWithPeerWorker,
    peerContacted: c.peerContactedLast14Days,
    peerContactPct: ratio(c.peerContactedLast14Days, c.clientsWithPeerWorker),
  };
}

/** One row per counselor, by name. */
export function counselorRows(summary: readonly CounselorCaseload[]): CounselorRow[] {
  return [...summary].sort((a, b) => a.counselorName.localeCompare(b.counselorName)).map(row);
}

/** The team's totals; rates are recomputed from the summed counts, not averaged. */
export function counselorTotals(summary: readonly CounselorCaseload[]): CounselorRow {
  const sum = (key: keyof Omit<CounselorCaseload, 'counselorId' | 'counselorName'>) =>
    summary.reduce((total, c) => total + c[key], 0);
  return row({
    counselorId: null,
    counselorName: 'Total',
    activeClients: sum('activeClients'),
    urgentFlags: sum('urgentFlags'),
    warningFlags: sum('warningFlags'),
    infoFlags: sum('infoFlags'),
    plansOverdue: sum('plansOverdue'),
    plansAwaitingSignOff: sum('plansAwaitingSignOff'),
    familyEngagedLast30Days: sum('familyEngagedLast30Days'),
    clientsWithPeerWorker: sum('clientsWithPeerWorker'),
    peerContactedLast14Days: sum('peerContactedLast14Days'),
  });
}

/** Largest caseload, most urgent flags, and the team's plan follow-through, in plain words. */
export function caseloadSummarySentence(summary: readonly CounselorCaseload[]): string {
  if (summary.length === 0) return 'No counselors have active clients.';
  const rows = counselorRows(summary);
  const totals = counselorTotals(summary);
  const largest = [...rows].sort(
    (a, b) => b.activeClients - a.activeClients || a.counselorName.localeCompare(b.counselorName),
  )[0]!;
  const counselors = `${rows.length} ${rows.length === 1 ? 'counselor' : 'counselors'}`;
  const parts = [
    `${counselors} ${rows.length === 1 ? 'has' : 'have'} ${totals.activeClients} active ${totals.activeClients === 1 ? 'client' : 'clients'}; ${largest.counselorName} has the most (${largest.activeClients}).`,
  ];
  if (totals.urgentFlags > 0) {
    const mostUrgent = [...rows].sort(
      (a, b) => b.urgentFlags - a.urgentFlags || a.counselorName.localeCompare(b.counselorName),
    )[0]!;
    parts.push(
      `${totals.urgentFlags} urgent ${totals.urgentFlags === 1 ? 'flag' : 'flags'} in all, ${mostUrgent.urgentFlags} on ${mostUrgent.counselorName}'s caseload.`,
    );
  } else {
    parts.push('No urgent flags.');
  }
  parts.push(
    `${totals.plansOverdue} care ${totals.plansOverdue === 1 ? 'plan is' : 'plans are'} overdue for review and ${totals.plansAwaitingSignOff} ${totals.plansAwaitingSignOff === 1 ? 'awaits' : 'await'} sign-off.`,
  );
  return parts.join(' ');
}
