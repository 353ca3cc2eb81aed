import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { mayDisclose, type ConsentDecision, type ConsentRecipient, type ConsentScope } from '@carecircle/shared/domain';
import { Clock } from '@carecircle/api/platform';
import { ConsentEntity } from './consent.entity';

/**
 * Answers "may recipient R see category C of client X today?" from the consents on file, with the
 * pure rule in @carecircle/shared/domain. Use it wherever data would be shared.
 */
@Injectable()
export class ConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One query for many clients (a page of them); the map has an answer for every id asked. */
  async decide(
    clientIds: readonly string[],
    recipient: ConsentRecipient,
    scope: ConsentScope,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ConsentDecision>> {
    const rows = clientIds.length
      ? await manager
          .getRepository(ConsentEntity)
          .createQueryBuilder('consent')
          .where('consent.client_id IN (:...clientIds)', { clientIds })
          .andWhere('consent.recipient_kind = :kind', { kind: recipient.kind })
          .getMany()
      : [];
    const today = this.clock.today();
    const now = this.clock.now();
    const answers = new Map<string, ConsentDecision>();
    for (const clientId of clientIds) {
      const terms = rows
        .filter((row) => row.clientId === clientId)
        .map((row) => ({
          recipientKind: row.recipientKind,
          recipientId: row.recipientMemberId ?? row.recipientOrganization,
          scopes: row.scopes,
          effectiveOn: row.effectiveOn,
          expiresOn: row.expiresOn,
          revokedAt: row.revokedAt,
        }));
      answers.set(clientId, mayDisclose(terms, recipient, scope, today, now));
    }
    return answers;
  }

  async mayDisclose(clientId: string, recipient: ConsentRecipient, scope: ConsentScope, manager?: EntityManager): Promise<boolean> {
    return (await this.decide([clientId], recipient, scope, manager)).get(clientId)?.allowed ?? false;
  }
}
