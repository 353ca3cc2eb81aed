import { Injectable } from '@nestjs/common';
import { isConsentActive, mayDisclose, type ConsentDecision, type ConsentRecipient, type ConsentScope } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import type { VisibleClientIds } from '@carecircle/api/clients';
import { ConsentEntity } from './consent.entity';

/** A decision, and the consent that allows it (for the accounting of disclosures). */
export type ConsentAnswer = ConsentDecision & { consentId: string | null };

/**
 * Answers "may recipient R see category C of client X today?" from the consents on file, with the
 * pure rule in @carecircle/shared/domain: for the `consentDecision` query and for
 * `DisclosurePolicy`, which decides what peer support workers may see.
 */
@Injectable()
export class ConsentService {
  constructor(private readonly clock: Clock) {}

  /** One query for many clients (a page of them); the map has an answer for every id asked. */
  async decide(
    ctx: RequestContext,
    clientIds: VisibleClientIds,
    recipient: ConsentRecipient,
    scope: ConsentScope,
  ): Promise<Map<string, ConsentAnswer>> {
    const rows = clientIds.length
      ? await ctx.manager
          .getRepository(ConsentEntity)
          .createQueryBuilder('consent')
          .where('consent.client_id IN (:...clientIds)', { clientIds })
          .andWhere('consent.recipient_kind = :kind', { kind: recipient.kind })
          .getMany()
      : [];
    const today = this.clock.today();
    const now = this.clock.now();
    const answers = new Map<string, ConsentAnswer>();
    for (const clientId of clientIds) {
      const own = rows.filter((row) => row.clientId === clientId);
      const terms = own.map((row) => ({
          recipientKind: row.recipientKind,
          recipientId: row.recipientMemberId ?? row.recipientOrganization,
          scopes: row.scopes,
          effectiveOn: row.effectiveOn,
          expiresOn: row.expiresOn,
          revokedAt: row.revokedAt,
        }));
      const decision = mayDisclose(terms, recipient, scope, today, now);
      const allowing = decision.allowed
        ? own.find((row) => row.scopes.includes(scope) && (row.recipientMemberId ?? row.recipientOrganization) === (recipient.id ?? null) && isConsentActive(row, today, now))
        : undefined;
      answers.set(clientId, { ...decision, consentId: allowing?.id ?? null });
    }
    return answers;
  }
}
