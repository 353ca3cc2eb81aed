import { StaffRole } from '@carecircle/shared/domain';
import { ApiError, type StaffPrincipal } from '@carecircle/api/platform';

/** Who may change a client's support network, family engagement and consents, and read the latter two. */
export const SUPPORT_NETWORK_EDITORS: StaffRole[] = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR];

/**
 * The global guard enforces each field's @AllowRoles; services check the role again so a call
 * that does not come through a resolver is held to the same rule. The parent Client was already
 * scoped by ClientAccessPolicy in its query.
 */
export function assertCounselorOrSupervisor(principal: StaffPrincipal, what: string): void {
  if (!SUPPORT_NETWORK_EDITORS.includes(principal.role)) {
    throw ApiError.forbidden(`${what} are for the client's counselor and their supervisor.`);
  }
}
