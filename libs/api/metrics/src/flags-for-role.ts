import { RiskFlagCode, StaffRole, type RiskFlag } from '@carecircle/shared/domain';

/**
 * Peer workers see that a client needs attention without the clinical detail behind it: the
 * self-harm flag keeps its urgency but not the PHQ-9 answer, and plan-review flags are not theirs.
 */
export function flagsForRole(flags: readonly RiskFlag[], role: StaffRole): RiskFlag[] {
  if (role !== StaffRole.PEER_SUPPORT) return [...flags];
  return flags
    .filter((f) => f.code !== RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE)
    .map((f) => (f.code === RiskFlagCode.SELF_HARM_RISK ? { ...f, reason: "Urgent safety concern: talk with the client's counselor today" } : f));
}
