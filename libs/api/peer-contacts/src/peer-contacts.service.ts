import { Injectable } from '@nestjs/common';
import { addDays, parseISO } from 'date-fns';
import { IsNull, type SelectQueryBuilder } from 'typeorm';
import { AuditAction, AuditEntityType, PEER_CONTACT_DEFAULT_MINUTES, PEER_CONTACT_UNDO_MINUTES, PeerContactMode, StaffRole, SupportType, toIsoDate, type IsoDate } from '@carecircle/shared/domain';
import { ApiError, Clock, type FieldProblem, type RequestContext, type WriteContext, refuseDayRange, refuseInput } from '@carecircle/api/platform';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type VisibleClientIds } from '@carecircle/api/clients';
import type { LogPeerContactInput } from './log-peer-contact.input';
import { PeerContactEntity } from './peer-contact.entity';
import type { PeerContactWithPeople } from './peer-contact.model';

export const MAX_PEER_CONTACT_RANGE_DAYS = 366;
export const DEFAULT_PEER_CONTACT = { mode: PeerContactMode.IN_PERSON, durationMinutes: PEER_CONTACT_DEFAULT_MINUTES };

const plusDays = (day: IsoDate, days: number): IsoDate => toIsoDate(addDays(parseISO(day), days));

/**
 * Peer contacts: logged only by peer support workers for the clients assigned to them, read by
 * the client's care team. Every read joins through ClientAccessPolicy; withdrawn contacts stay in
 * the table for the audit trail and are left out of every list.
 */
@Injectable()
export class PeerContactsService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  async log(ctx: WriteContext, input: LogPeerContactInput): Promise<PeerContactWithPeople> {
    if (ctx.role !== StaffRole.PEER_SUPPORT) throw ApiError.forbidden('Peer contacts are logged by peer support workers.');
    const today = this.clock.today();
    const occurredOn = input.occurredOn ?? today;
    const problems: FieldProblem[] = [];
    if (occurredOn > today) problems.push({ field: 'occurredOn', problem: 'occurredOn cannot be in the future' });
    if (input.nextFollowUpOn && input.nextFollowUpOn < occurredOn) {
      problems.push({ field: 'nextFollowUpOn', problem: 'nextFollowUpOn must be on or after occurredOn' });
    }
    refuseInput(problems);
    // Practical help is instrumental support by definition; the record should say so.
    const supportTypes =
      input.practicalHelp.length && !input.supportTypes.includes(SupportType.INSTRUMENTAL)
        ? [...input.supportTypes, SupportType.INSTRUMENTAL]
        : input.supportTypes;

    const client = await this.access.findVisibleClient(ctx, input.clientId);
    if (occurredOn < client.admissionDate) {
      refuseInput([{ field: 'occurredOn', problem: `occurredOn cannot be before the admission date (${client.admissionDate})` }]);
    }
    const saved = await ctx.manager.getRepository(PeerContactEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      peerWorkerId: ctx.staffId,
      occurredOn,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      supportTypes,
      practicalHelp: input.practicalHelp,
      note: input.note || null,
      nextFollowUpOn: input.nextFollowUpOn ?? null,
      withdrawnAt: null,
    });
    const fields = ['occurredOn', 'durationMinutes', 'mode', 'supportTypes', 'practicalHelp'];
    if (saved.note) fields.push('note');
    if (saved.nextFollowUpOn) fields.push('nextFollowUpOn');
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.PEER_CONTACT, [saved.id], fields);
    const peerWorker = await ctx.manager.getRepository(StaffUserEntity).findOneByOrFail({ id: ctx.staffId });
    return Object.assign(new PeerContactEntity(), saved, { client, peerWorker });
  }

  /** Undo: only by the peer worker who logged the contact, within minutes of logging it. */
  async withdraw(ctx: WriteContext, id: string): Promise<PeerContactWithPeople> {
    const contact = await this.visibleContacts(ctx).andWhere('pc.id = :id', { id }).getOne();
    if (!contact) throw ApiError.notFound(AuditEntityType.PEER_CONTACT, id);
    if (contact.peerWorkerId !== ctx.staffId) {
      throw ApiError.forbidden('Only the peer support worker who logged a contact can undo it.', { entity: AuditEntityType.PEER_CONTACT, id });
    }
    if (contact.withdrawnAt) throw ApiError.conflict('This contact was already withdrawn.', { entity: AuditEntityType.PEER_CONTACT, id });
    const now = this.clock.now();
    if (now.getTime() - contact.createdAt.getTime() > PEER_CONTACT_UNDO_MINUTES * 60_000) {
      throw ApiError.badInput(
        `This contact was logged more than ${PEER_CONTACT_UNDO_MINUTES} minutes ago and can no longer be undone; ask your supervisor to correct it.`,
        [{ field: 'id', problem: 'the contact can no longer be undone' }],
      );
    }
    const result = await ctx.manager
      .createQueryBuilder()
      .update(PeerContactEntity)
      .set({ withdrawnAt: now })
      .where('id = :id AND withdrawn_at IS NULL', { id })
      .execute();
    if (result.affected === 0) throw ApiError.conflict('This contact was already withdrawn.', { entity: AuditEntityType.PEER_CONTACT, id });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.PEER_CONTACT, [id], ['withdrawnAt']);
    return Object.assign(this.withDisclosedClients(ctx, [contact])[0]!, { withdrawnAt: now });
  }

  /** A client's contacts, most recent first. */
  async forClient(ctx: RequestContext, clientId: string, limit: number): Promise<PeerContactWithPeople[]> {
    const client = await this.access.findVisibleClient(ctx, clientId);
    return this.disclosed(
      ctx,
      this.visibleContacts(ctx)
        .andWhere('pc.client_id = :clientId', { clientId: client.id })
        .andWhere('pc.withdrawn_at IS NULL')
        .orderBy('pc.occurred_on', 'DESC')
        .addOrderBy('pc.created_at', 'DESC')
        .take(limit),
    );
  }

  /** The caller's own contacts on the days from `from` to `to`, most recent first. */
  async mine(ctx: RequestContext, range: { from?: IsoDate | null; to?: IsoDate | null }): Promise<PeerContactWithPeople[]> {
    const to = range.to ?? this.clock.today();
    const from = range.from ?? plusDays(to, -30);
    refuseDayRange(from, to, MAX_PEER_CONTACT_RANGE_DAYS, 'the range');
    return this.disclosed(
      ctx,
      this.visibleContacts(ctx)
        .andWhere('pc.peer_worker_id = :me', { me: ctx.staffId })
        .andWhere('pc.withdrawn_at IS NULL')
        .andWhere('pc.occurred_on BETWEEN :from AND :to', { from, to })
        .orderBy('pc.occurred_on', 'DESC')
        .addOrderBy('pc.created_at', 'DESC'),
    );
  }

  /**
   * The caller's contacts whose follow-up falls on or before `until` and that no later contact with
   * the same client (by any peer worker) has answered yet. Soonest due first.
   */
  async followUpsDue(ctx: RequestContext, until?: IsoDate | null): Promise<PeerContactWithPeople[]> {
    const dueBy = until ?? plusDays(this.clock.today(), 7);
    return this.disclosed(
      ctx,
      this.visibleContacts(ctx)
        .andWhere('pc.peer_worker_id = :me', { me: ctx.staffId })
        .andWhere('pc.withdrawn_at IS NULL')
        .andWhere('pc.next_follow_up_on IS NOT NULL AND pc.next_follow_up_on <= :dueBy', { dueBy })
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM peer_contact later
                        WHERE later.client_id = pc.client_id AND later.id <> pc.id AND later.withdrawn_at IS NULL
                          AND (later.occurred_on > pc.occurred_on OR (later.occurred_on = pc.occurred_on AND later.created_at > pc.created_at)))`,
        )
        .orderBy('pc.next_follow_up_on', 'ASC')
        .addOrderBy('client.last_name', 'ASC')
        .addOrderBy('client.first_name', 'ASC'),
    );
  }

  /** Mode and duration of the caller's most recent contact, for the form; built-in defaults otherwise. */
  async defaults(ctx: RequestContext): Promise<{ mode: PeerContactMode; durationMinutes: number; fromLastContact: boolean }> {
    const last = await ctx.manager.getRepository(PeerContactEntity).findOne({
      select: { id: true, mode: true, durationMinutes: true },
      where: { peerWorkerId: ctx.staffId, organizationId: ctx.organizationId, withdrawnAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return last ? { mode: last.mode, durationMinutes: last.durationMinutes, fromLastContact: true } : { ...DEFAULT_PEER_CONTACT, fromLastContact: false };
  }

  /** Day of the last (not withdrawn) contact for a page of visible clients in one query. */
  async lastContactDays(ctx: RequestContext, clientIds: VisibleClientIds): Promise<Array<IsoDate | null>> {
    const rows = (await ctx.manager.query(
      `SELECT client_id AS "clientId", to_char(max(occurred_on), 'YYYY-MM-DD') AS "lastOn"
         FROM peer_contact
        WHERE client_id = ANY($1::uuid[]) AND withdrawn_at IS NULL
        GROUP BY client_id`,
      [clientIds],
    )) as Array<{ clientId: string; lastOn: IsoDate }>;
    const byClient = new Map(rows.map((row) => [row.clientId, row.lastOn]));
    return clientIds.map((id) => byClient.get(id) ?? null);
  }

  /** Contacts joined to their client (with program) and peer worker, limited to clients the caller may see. */
  private visibleContacts(ctx: RequestContext): SelectQueryBuilder<PeerContactEntity> {
    const qb = ctx.manager
      .getRepository(PeerContactEntity)
      .createQueryBuilder('pc')
      .innerJoinAndSelect('pc.client', 'client')
      .leftJoinAndSelect('client.program', 'program')
      .innerJoinAndSelect('pc.peerWorker', 'peerWorker');
    return this.access.restrictToVisible(qb, ctx, 'client');
  }

  /**
   * The contacts a `visibleContacts` query finds, each with its client as the policy discloses it:
   * every client shown is recorded as read (once per request).
   */
  private async disclosed(ctx: RequestContext, query: SelectQueryBuilder<PeerContactEntity>): Promise<PeerContactWithPeople[]> {
    return this.withDisclosedClients(ctx, await query.getMany());
  }

  private withDisclosedClients(ctx: RequestContext, contacts: PeerContactEntity[]): PeerContactWithPeople[] {
    const clients = this.access.disclose(ctx, contacts.map((contact) => contact.client!));
    return contacts.map((contact, i) => Object.assign(contact, { client: clients[i]! }));
  }
}
