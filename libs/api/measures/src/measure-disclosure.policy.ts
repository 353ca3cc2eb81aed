import { Injectable } from '@nestjs/common';
import { ConsentRecipientKind, ConsentScope, StaffRole } from '@carecircle/shared/domain';
import { ApiError, requestLoader, type StaffPrincipal } from '@carecircle/api/platform';
import { ConsentService } from '@carecircle/api/support-network';

const PEER_SUPPORT_TEAM = { kind: ConsentRecipientKind.PEER_SUPPORT_TEAM, id: null };

/**
 * Who may see the measures of a client they can already see (DOMAIN.md, people and roles): the
 * counselor and the supervisor always; a peer support worker only while the client's consent
 * names the peer support team with the MEASURES scope; an administrator never.
 */
@Injectable()
export class MeasureDisclosurePolicy {
  constructor(private readonly consent: ConsentService) {}

  /** Throws FORBIDDEN unless allowed. Peer consents for a page of clients cost one query per request. */
  async assertMaySee(principal: StaffPrincipal, clientId: string, request: object): Promise<void> {
    if (principal.role === StaffRole.COUNSELOR || principal.role === StaffRole.SUPERVISOR) return;
    if (principal.role === StaffRole.PEER_SUPPORT) {
      const loader = requestLoader(request, 'measures.peerSupportConsent', async (ids: readonly string[]) => {
        const decisions = await this.consent.decide(ids, PEER_SUPPORT_TEAM, ConsentScope.MEASURES);
        return ids.map((id) => decisions.get(id)?.allowed ?? false);
      });
      if (await loader.load(clientId)) return;
      throw ApiError.forbidden(
        "Measures are shared with peer support workers only under the client's consent naming the peer support team for measures.",
      );
    }
    throw ApiError.forbidden('Administrators manage staff and programs; client records are for the care team.');
  }
}
