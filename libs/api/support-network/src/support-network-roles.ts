import { StaffRole } from '@carecircle/shared/domain';
import { ApiError, type StaffPrincipal } from '@carecircle/api/platform';

/** Who may change a client's support network, family engagement and consents, and read the latter two. */
export const SUPPORT_NETWORK_EDITORS: StaffRole[] = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR];

/**
 * Field resolvers on Client do not pass through the global guard (Nest applies guards to
 * operations, not fields), so the fields peers may not read check the role themselves. The parent
 * Client was already scoped by ClientAccessPolicy in its query.
 */
export function assertCounselorOrSupervisor(principal: StaffPrincipal, what: string): void {
  if (!SUPPORT_NETWORK_EDITORS.includes(principal.role)) {
    throw ApiError.forbidden(`${what} are for the client's counselor and their supervisor.`);
  }
}
