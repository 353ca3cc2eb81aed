import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { AuditAction, AuditEntityType, type IsoDate } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { ClientAccessPolicy, type VisibleClientId, type VisibleClientIds } from '@carecircle/api/clients';
import { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberEntity } from './support-network-member.entity';
import type { LogFamilyEngagementInput } from './log-family-engagement.input';
import type { FamilyEngagementSummaryModel } from './family-engagement-summary.model';

/** Family engagement events: logging, listing and the per-client summary. */
@Injectable()
export class FamilyEngagementService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  async log(ctx: WriteContext, input: LogFamilyEngagementInput): Promise<FamilyEngagementEventEntity> {
    const today = this.clock.today();
    if (input.occurredOn > today) {
      const problem = `occurredOn must be today (${today}) or earlier: log an event once it has happened`;
      throw ApiError.inputProblems([{ field: 'occurredOn', problem }]);
    }
    const client = await this.access.findEditableClient(ctx, input.clientId);
    const manager = ctx.manager;
    const attendees = await manager.getRepository(SupportNetworkMemberEntity).findBy({
      id: In(input.attendeeIds),
      clientId: client.id,
      removedAt: IsNull(),
    });
    const found = new Set(attendees.map((m) => m.id));
    const strangers = input.attendeeIds.filter((id) => !found.has(id));
    if (strangers.length > 0) {
      const problem = `attendeeIds must be current members of this client's support network; not found: ${strangers.join(', ')}`;
      throw ApiError.inputProblems([{ field: 'attendeeIds', problem }]);
    }
    const repo = manager.getRepository(FamilyEngagementEventEntity);
    const event = await repo.save(
      repo.create({
        organizationId: client.organizationId,
        clientId: client.id,
        type: input.type,
        occurredOn: input.occurredOn,
        staffUserId: ctx.staffId,
        note: input.note?.trim() || null,
        attendees,
      }),
    );
    const fields = ['clientId', 'type', 'occurredOn', 'attendeeIds', ...(event.note ? ['note'] : [])];
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.FAMILY_ENGAGEMENT_EVENT, [event.id], fields);
    const [loaded] = await this.eventsWhere(manager, 'event.id = :id', { id: event.id });
    if (!loaded) throw ApiError.notFound(AuditEntityType.FAMILY_ENGAGEMENT_EVENT, event.id);
    return loaded;
  }

  /** Every event of a page of visible clients, newest first, with attendees and staff, in one query. */
  async eventsForClients(ctx: RequestContext, clientIds: VisibleClientIds): Promise<FamilyEngagementEventEntity[][]> {
    const rows = await this.eventsWhere(ctx.manager, 'event.client_id IN (:...clientIds)', { clientIds });
    return groupByKey(clientIds, rows, (row) => row.clientId as VisibleClientId);
  }

  /**
   * Counts for many clients in one SQL query. "Last N days" is today and the N - 1 days before
   * it; `lastEventOn` is the latest event on or before today.
   */
  async summaries(ctx: RequestContext, clientIds: VisibleClientIds, today: IsoDate): Promise<FamilyEngagementSummaryModel[]> {
    const rows: Array<{ clientId: string; last30: number; last90: number; lastEventOn: string | null }> = await ctx.manager
      .getRepository(FamilyEngagementEventEntity)
      .createQueryBuilder('event')
      .select('event.client_id', 'clientId')
      .addSelect('(COUNT(*) FILTER (WHERE event.occurred_on > CAST(:today AS date) - 30))::int', 'last30')
      .addSelect('(COUNT(*) FILTER (WHERE event.occurred_on > CAST(:today AS date) - 90))::int', 'last90')
      .addSelect('MAX(event.occurred_on)::text', 'lastEventOn')
      .where('event.client_id IN (:...clientIds)', { clientIds })
      .andWhere('event.occurred_on <= CAST(:today AS date)', { today })
      .groupBy('event.client_id')
      .getRawMany();
    const byClient = new Map(rows.map((row) => [row.clientId, row]));
    return clientIds.map((clientId) => {
      const row = byClient.get(clientId);
      return { eventsLast30Days: row?.last30 ?? 0, eventsLast90Days: row?.last90 ?? 0, lastEventOn: row?.lastEventOn ?? null };
    });
  }

  private eventsWhere(manager: EntityManager, where: string, params: Record<string, unknown>): Promise<FamilyEngagementEventEntity[]> {
    return manager
      .getRepository(FamilyEngagementEventEntity)
      .createQueryBuilder('event')
      .innerJoinAndSelect('event.staffUser', 'staff')
      .leftJoinAndSelect('event.attendees', 'attendee')
      .where(where, params)
      .orderBy('event.occurred_on', 'DESC')
      .addOrderBy('event.created_at', 'DESC')
      .addOrderBy('event.id', 'ASC')
      .getMany();
  }
}
