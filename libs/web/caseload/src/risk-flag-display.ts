import type { RiskSeverity } from '@carecircle/web/data-access';

/**
 * The risk filter's choices, most severe first. Flag and severity names come from
 * RISK_FLAG_LABELS and RISK_SEVERITY_LABELS in shared/domain; these are the filter's own words.
 */
export const RISK_FILTER_OPTIONS: readonly { value: '' | RiskSeverity; label: string }[] = [
  { value: '', label: 'Any risk' },
  { value: 'URGENT', label: 'Urgent only' },
  { value: 'WARNING', label: 'Warning or worse' },
  { value: 'INFO', label: 'Any flag' },
];
