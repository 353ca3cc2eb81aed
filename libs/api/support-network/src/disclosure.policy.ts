import { Injectable } from '@nestjs/common';
import { AuditEntityType, ConsentRecipientKind, ConsentScope, StaffRole } from '@carecircle/shared/domain';
import { ApiError, type RequestContext } from '@carecircle/api/platform';
import type { VisibleClientId, VisibleClientIds } from '@carecircle/api/clients';
import { ConsentService } from './consent.service';

const PEER_SUPPORT_TEAM = { kind: ConsentRecipientKind.PEER_SUPPORT_TEAM, id: null };

const WHAT: Record<ConsentScope, string> = {
  [ConsentScope.DIAGNOSES]: 'Diagnoses',
  [ConsentScope.MEASURES]: 'Measure scores',
  [ConsentScope.PROGRESS_NOTES]: 'Progress notes',
  [ConsentScope.CHECK_INS]: 'Check-ins',
  [ConsentScope.CARE_PLAN]: 'Care-plan details',
  [ConsentScope.ATTENDANCE]: 'Attendance records',
};

/**
 * The one rule for consent-gated parts of a record a caller can already see (DOMAIN.md, people and
 * roles): counselors and supervisors always; a peer support worker only while the client's consent
 * names the peer support team for that kind of information; an administrator never. Each
 * disclosure made under a consent is recorded in `disclosure` (client, consent, recipient, kind, when)
 * at the end of the request, for the accounting of disclosures. Answers for a page of clients cost one query per kind.
 */
@Injectable()
export class DisclosurePolicy {
  constructor(private readonly consents: ConsentService) {}

  /** Counselors and supervisors see every part of the records they can see; no consent is asked. */
  needsNoConsent(ctx: RequestContext): boolean {
    return ctx.role === StaffRole.COUNSELOR || ctx.role === StaffRole.SUPERVISOR;
  }

  async mayDisclose(ctx: RequestContext, clientId: VisibleClientId, kind: ConsentScope): Promise<boolean> {
    if (this.needsNoConsent(ctx)) return true;
    if (ctx.role !== StaffRole.PEER_SUPPORT) return false;
    return ctx.loader(`disclosure.${kind}`, (ids: readonly VisibleClientId[]) => this.underConsent(ctx, ids, kind)).load(clientId);
  }

  /** Throws FORBIDDEN (recorded as a DENIED access) unless the caller may see `kind` of this client. */
  async assertMayDisclose(ctx: RequestContext, clientId: VisibleClientId, kind: ConsentScope): Promise<void> {
    if (await this.mayDisclose(ctx, clientId, kind)) return;
    if (ctx.role === StaffRole.PEER_SUPPORT) {
      throw ApiError.forbidden(
        `${WHAT[kind]} are shared with peer support workers only under the client's consent naming the peer support team.`,
        { entity: AuditEntityType.CLIENT, id: clientId },
      );
    }
    throw ApiError.forbidden('Administrators manage staff and programs; client records are for the care team.', { entity: AuditEntityType.CLIENT, id: clientId });
  }

  /** The clients among `clientIds` whose `kind` the caller may see, e.g. to filter a caseload by it. */
  async allowedAmong(ctx: RequestContext, clientIds: VisibleClientIds, kind: ConsentScope): Promise<VisibleClientIds> {
    const answers = await Promise.all(clientIds.map((id) => this.mayDisclose(ctx, id, kind)));
    return clientIds.filter((_, i) => answers[i]);
  }

  private async underConsent(ctx: RequestContext, clientIds: readonly VisibleClientId[], kind: ConsentScope): Promise<boolean[]> {
    const answers = await this.consents.decide(ctx, clientIds, PEER_SUPPORT_TEAM, kind);
    return clientIds.map((clientId) => {
      const answer = answers.get(clientId);
      if (answer?.consentId) ctx.recordDisclosure({ clientId, consentId: answer.consentId, informationKind: kind });
      return answer?.allowed ?? false;
    });
  }
}
