import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import { IsNull, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { PeerContactMode, StaffRole, SupportType, toIsoDate, type IsoDate } from '@carecircle/shared/domain';
import { ApiError, Clock, type FieldProblem, type StaffPrincipal } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type Actor } from '@carecircle/api/clients';
import type { LogPeerContactInput } from './log-peer-contact.input';
import { PeerContactEntity } from './peer-contact.entity';
import { PEER_CONTACT_UNDO_MINUTES, type PeerContactWithPeople } from './peer-contact.model';

export const MAX_PEER_CONTACT_RANGE_DAYS = 366;
export const DEFAULT_PEER_CONTACT = { mode: PeerContactMode.IN_PERSON, durationMinutes: 15 };

function refuseInput(problems: FieldProblem[]): void {
  if (problems.length) throw ApiError.badInput(`Please correct the input: ${problems.map((p) => p.problem).join('; ')}.`, problems);
}

const plusDays = (day: IsoDate, days: number): IsoDate => toIsoDate(addDays(parseISO(day), days));

/**
 * Peer contacts: logged only by peer support workers for the clients assigned to them, read by
 * the client's care team. Every read joins through ClientAccessPolicy; withdrawn contacts stay in
 * the table for the audit trail and are left out of every list.
 */
@Injectable()
export class PeerContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async log({ me, requestId }: Actor, input: LogPeerContactInput): Promise<PeerContactWithPeople> {
    if (me.role !== StaffRole.PEER_SUPPORT) throw ApiError.forbidden('Peer contacts are logged by peer support workers.');
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

    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findVisibleClient(me, input.clientId, manager);
      if (occurredOn < client.admissionDate) {
        refuseInput([{ field: 'occurredOn', problem: `occurredOn cannot be before the admission date (${client.admissionDate})` }]);
      }
      const saved = await manager.getRepository(PeerContactEntity).save({
        organizationId: client.organizationId,
        clientId: client.id,
        peerWorkerId: me.id,
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
      await this.audit.record({ actor: me, requestId, action: 'CREATE', entityType: 'PeerContact', entityIds: [saved.id], fields }, manager);
      const peerWorker = await manager.getRepository(StaffUserEntity).findOneByOrFail({ id: me.id });
      return Object.assign(new PeerContactEntity(), saved, { client, peerWorker });
    });
  }

  /** Undo: only by the peer worker who logged the contact, within minutes of logging it. */
  async withdraw({ me, requestId }: Actor, id: string): Promise<PeerContactWithPeople> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.visibleContacts(me, manager).andWhere('pc.id = :id', { id }).getOne();
      if (!contact) throw ApiError.notFound('PeerContact', id);
      if (contact.peerWorkerId !== me.id) throw ApiError.forbidden('Only the peer support worker who logged a contact can undo it.');
      if (contact.withdrawnAt) throw ApiError.conflict('This contact was already withdrawn.', { entity: 'PeerContact', id });
      const now = this.clock.now();
      if (now.getTime() - contact.createdAt.getTime() > PEER_CONTACT_UNDO_MINUTES * 60_000) {
        throw ApiError.badInput(
          `This contact was logged more than ${PEER_CONTACT_UNDO_MINUTES} minutes ago and can no longer be undone; ask your supervisor to correct it.`,
          [{ field: 'id', problem: 'the contact can no longer be undone' }],
        );
      }
      const result = await manager
        .createQueryBuilder()
        .update(PeerContactEntity)
        .set({ withdrawnAt: now })
        .where('id = :id AND withdrawn_at IS NULL', { id })
        .execute();
      if (result.affected === 0) throw ApiError.conflict('This contact was already withdrawn.', { entity: 'PeerContact', id });
      await this.audit.record({ actor: me, requestId, action: 'UPDATE', entityType: 'PeerContact', entityIds: [id], fields: ['withdrawnAt'] }, manager);
      return Object.assign(contact, { withdrawnAt: now });
    });
  }

  /** A client's contacts, most recent first. */
  async forClient({ me, requestId }: Actor, clientId: string, limit: number): Promise<PeerContactWithPeople[]> {
    const client = await this.access.findVisibleClient(me, clientId, this.dataSource.manager);
    const contacts = await this.visibleContacts(me)
      .andWhere('pc.client_id = :clientId', { clientId: client.id })
      .andWhere('pc.withdrawn_at IS NULL')
      .orderBy('pc.occurred_on', 'DESC')
      .addOrderBy('pc.created_at', 'DESC')
      .take(limit)
      .getMany();
    if (contacts.length) {
      await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'PeerContact', entityIds: contacts.map((c) => c.id) });
    } else {
      await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'Client', entityIds: [client.id], fields: ['peerContacts'] });
    }
    return contacts;
  }

  /** The caller's own contacts on the days from `from` to `to`, most recent first. */
  async mine({ me, requestId }: Actor, range: { from?: IsoDate | null; to?: IsoDate | null }): Promise<PeerContactWithPeople[]> {
    const to = range.to ?? this.clock.today();
    const from = range.from ?? plusDays(to, -30);
    if (from > to) refuseInput([{ field: 'to', problem: 'to must be on or after from' }]);
    if (differenceInCalendarDays(parseISO(to), parseISO(from)) + 1 > MAX_PEER_CONTACT_RANGE_DAYS) {
      refuseInput([{ field: 'to', problem: `the range can cover at most ${MAX_PEER_CONTACT_RANGE_DAYS} days` }]);
    }
    const contacts = await this.visibleContacts(me)
      .andWhere('pc.peer_worker_id = :me', { me: me.id })
      .andWhere('pc.withdrawn_at IS NULL')
      .andWhere('pc.occurred_on BETWEEN :from AND :to', { from, to })
      .orderBy('pc.occurred_on', 'DESC')
      .addOrderBy('pc.created_at', 'DESC')
      .getMany();
    await this.recordListed({ me, requestId }, contacts);
    return contacts;
  }

  /**
   * The caller's contacts whose follow-up falls on or before `until` and that no later contact with
   * the same client (by any peer worker) has answered yet. Soonest due first.
   */
  async followUpsDue({ me, requestId }: Actor, until?: IsoDate | null): Promise<PeerContactWithPeople[]> {
    const dueBy = until ?? plusDays(this.clock.today(), 7);
    const contacts = await this.visibleContacts(me)
      .andWhere('pc.peer_worker_id = :me', { me: me.id })
      .andWhere('pc.withdrawn_at IS NULL')
      .andWhere('pc.next_follow_up_on IS NOT NULL AND pc.next_follow_up_on <= :dueBy', { dueBy })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM peer_contact later
                      WHERE later.client_id = pc.client_id AND later.id <> pc.id AND later.withdrawn_at IS NULL
                        AND (later.occurred_on > pc.occurred_on OR (later.occurred_on = pc.occurred_on AND later.created_at > pc.created_at)))`,
      )
      .orderBy('pc.next_follow_up_on', 'ASC')
      .addOrderBy('client.last_name', 'ASC')
      .addOrderBy('client.first_name', 'ASC')
      .getMany();
    await this.recordListed({ me, requestId }, contacts);
    return contacts;
  }

  /** Mode and duration of the caller's most recent contact, for the form; built-in defaults otherwise. */
  async defaults(me: StaffPrincipal): Promise<{ mode: PeerContactMode; durationMinutes: number; fromLastContact: boolean }> {
    const last = await this.dataSource.getRepository(PeerContactEntity).findOne({
      select: { id: true, mode: true, durationMinutes: true },
      where: { peerWorkerId: me.id, organizationId: me.organizationId, withdrawnAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return last ? { mode: last.mode, durationMinutes: last.durationMinutes, fromLastContact: true } : { ...DEFAULT_PEER_CONTACT, fromLastContact: false };
  }

  /** Day of the last (not withdrawn) contact for many clients in one query (callers scoped the clients). */
  async lastContactDays(clientIds: readonly string[]): Promise<Array<IsoDate | null>> {
    const rows = (await this.dataSource.query(
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
  private visibleContacts(me: StaffPrincipal, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<PeerContactEntity> {
    const qb = manager
      .getRepository(PeerContactEntity)
      .createQueryBuilder('pc')
      .innerJoinAndSelect('pc.client', 'client')
      .leftJoinAndSelect('client.program', 'program')
      .innerJoinAndSelect('pc.peerWorker', 'peerWorker');
    return this.access.restrictToVisible(qb, me, 'client');
  }

  /** These lists carry each contact's client too, so the client records shown are audited as read. */
  private async recordListed({ me, requestId }: Actor, contacts: ReadonlyArray<{ id: string; clientId: string }>): Promise<void> {
    await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'PeerContact', entityIds: contacts.map((c) => c.id) });
    await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'Client', entityIds: [...new Set(contacts.map((c) => c.clientId))] });
  }
}
