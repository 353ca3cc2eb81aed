import type { RiskFlagCode, RiskSeverity } from '@carecircle/web/data-access';

/** Short labels for the risk-flag badges; the API's reason gives the data behind each. */
export const RISK_FLAG_LABELS: Record<RiskFlagCode, string> = {
  SELF_HARM_RISK: 'Self-harm risk',
  HIGH_CRAVING: 'High craving',
  RECENT_USE: 'Recent use',
  NO_RECENT_CHECK_IN: 'No recent check-in',
  CARE_PLAN_REVIEW_OVERDUE: 'Plan review overdue',
  NO_RECENT_PEER_CONTACT: 'No recent peer contact',
  NO_SUPPORTIVE_NETWORK_MEMBER: 'No supportive network',
};

export const RISK_SEVERITY_LABELS: Record<RiskSeverity, string> = {
  URGENT: 'Urgent',
  WARNING: 'Warning',
  INFO: 'Info',
};

/** Higher is more severe; clients without a flag rank below INFO. */
export const RISK_SEVERITY_RANK: Record<RiskSeverity, number> = { URGENT: 3, WARNING: 2, INFO: 1 };

export const RISK_FILTER_OPTIONS: readonly { value: '' | RiskSeverity; label: string }[] = [
  { value: '', label: 'Any risk' },
  { value: 'URGENT', label: 'Urgent only' },
  { value: 'WARNING', label: 'Warning or worse' },
  { value: 'INFO', label: 'Any flag' },
];
