import type { RiskFlagCode, RiskSeverity, StaffRole } from '@carecircle/shared/domain';

/**
 * Risk flags are computed in the metrics lib, which depends on this one; the clients filter reaches
 * them through this token instead of importing metrics.
 */
export interface ClientRiskFilter {
  /** The ids among `clientIds` with a flag at or above `atLeast` (and of `code`, when given), as `role` sees flags. */
  matching(clientIds: readonly string[], criteria: { atLeast: RiskSeverity | null; code: RiskFlagCode | null }, role: StaffRole): Promise<Set<string>>;
}

export const CLIENT_RISK_FILTER = Symbol('CLIENT_RISK_FILTER');
