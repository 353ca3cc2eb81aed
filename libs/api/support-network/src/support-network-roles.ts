import { AuditEntityType, SUPPORT_NETWORK_EDITOR_ROLES, type StaffRole } from '@carecircle/shared/domain';
import { ApiError, type RequestContext } from '@carecircle/api/platform';

/** Who may change a client's support network, family engagement and consents, and read the latter two. */
export const SUPPORT_NETWORK_EDITORS: StaffRole[] = [...SUPPORT_NETWORK_EDITOR_ROLES];

/**
 * The global guard enforces each field's @AllowRoles; this checks the role again so a call that
 * does not come through a resolver is held to the same rule. A refusal names the client, for the
 * DENIED audit row.
 */
export function assertCounselorOrSupervisor(ctx: RequestContext, what: string, clientId: string): void {
  if (!SUPPORT_NETWORK_EDITORS.includes(ctx.role)) {
    throw ApiError.forbidden(`${what} are for the client's counselor and their supervisor.`, { entity: AuditEntityType.CLIENT, id: clientId });
  }
}
