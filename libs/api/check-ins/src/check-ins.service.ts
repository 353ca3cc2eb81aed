import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { DataSource, EntityManager } from 'typeorm';
import {
  CheckInSchedule,
  ConsentRecipientKind,
  ConsentScope,
  StaffRole,
  checkInCompletionRate,
  expectedCheckIns,
  type IsoDate,
} from '@carecircle/shared/domain';
import { ApiError, Clock, type FieldProblem, type StaffPrincipal } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, ClientEntity, staleWriteError, type Actor } from '@carecircle/api/clients';
import { ConsentService } from '@carecircle/api/support-network';
import { CheckInEntity } from './check-in.entity';
import type { CheckInWithStaff } from './check-in.model';
import type { LogCheckInInput } from './log-check-in.input';

/** Longest range `checkIns` and `checkInCompletion` answer in one request. */
export const MAX_CHECK_IN_RANGE_DAYS = 400;
/** Device clocks run a little fast; a check-in this far ahead of the server is still "now". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const CLIENT = { label: 'client record', auditType: 'Client' };
const PEER_SUPPORT_TEAM = { kind: ConsentRecipientKind.PEER_SUPPORT_TEAM, id: null };

export interface CheckInCompletion {
  from: IsoDate;
  to: IsoDate;
  days: number;
  schedule: CheckInSchedule;
  expected: number;
  received: number;
  rate: number | null;
}

export interface ClientCheckInSummary {
  schedule: CheckInSchedule;
  lastCheckInAt: Date | null;
}

function refuseInput(problems: FieldProblem[]): void {
  if (problems.length) throw ApiError.badInput(`Please correct the input: ${problems.map((p) => p.problem).join('; ')}.`, problems);
}

/** The UTC calendar day of an instant: check-in days are counted in UTC. */
function utcDay(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

function assertRange(from: IsoDate, to: IsoDate): void {
  if (from > to) refuseInput([{ field: 'to', problem: 'to must be on or after from' }]);
  if (differenceInCalendarDays(parseISO(to), parseISO(from)) + 1 > MAX_CHECK_IN_RANGE_DAYS) {
    refuseInput([{ field: 'to', problem: `the range from from to to can cover at most ${MAX_CHECK_IN_RANGE_DAYS} days` }]);
  }
}

/** SQL condition: `occurred_at` falls on a UTC day from :rangeFrom to :rangeTo, inclusive. */
const IN_UTC_DAYS =
  "ci.occurred_at >= (CAST(:rangeFrom AS date)::timestamp AT TIME ZONE 'UTC') AND ci.occurred_at < ((CAST(:rangeTo AS date) + 1)::timestamp AT TIME ZONE 'UTC')";

/**
 * Check-ins: logging, reading and completion against the client's schedule. Counselors,
 * supervisors and peer workers log and read them for the clients they can see; a peer worker sees
 * a note only if they wrote it or the client's consent names the peer support team for check-ins.
 */
@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly audit: AuditService,
    private readonly consent: ConsentService,
    private readonly clock: Clock,
  ) {}

  async log({ me, requestId }: Actor, input: LogCheckInInput): Promise<CheckInWithStaff> {
    const now = this.clock.now();
    const occurredAt = input.occurredAt ?? now;
    const substances = input.usedSubstances ? [...new Set(input.substances)] : input.substances;
    const problems: FieldProblem[] = [];
    if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push({ field: 'occurredAt', problem: 'occurredAt cannot be in the future' });
    if (input.usedSubstances && substances.length === 0) {
      problems.push({ field: 'substances', problem: 'substances must name at least one substance when usedSubstances is true' });
    }
    if (!input.usedSubstances && substances.length > 0) {
      problems.push({ field: 'substances', problem: 'substances must be empty when usedSubstances is false' });
    }
    if (input.attendedMeeting && !input.meetingKind) {
      problems.push({ field: 'meetingKind', problem: 'meetingKind is required when attendedMeeting is true' });
    }
    if (!input.attendedMeeting && input.meetingKind) {
      problems.push({ field: 'meetingKind', problem: 'meetingKind must be empty when attendedMeeting is false' });
    }
    refuseInput(problems);

    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findVisibleClient(me, input.clientId, manager);
      if (utcDay(occurredAt) < client.admissionDate) {
        refuseInput([{ field: 'occurredAt', problem: `occurredAt cannot be before the admission date (${client.admissionDate})` }]);
      }
      const values = {
        organizationId: client.organizationId,
        clientId: client.id,
        occurredAt,
        channel: input.channel,
        craving: input.craving ?? null,
        mood: input.mood ?? null,
        usedSubstances: input.usedSubstances,
        substances,
        attendedMeeting: input.attendedMeeting,
        meetingKind: input.meetingKind ?? null,
        triggers: input.triggers,
        confidence: input.confidence ?? null,
        note: input.note || null,
        recordedById: me.id,
      };
      const saved = await manager.getRepository(CheckInEntity).save(values);
      const fields = Object.entries(values)
        .filter(([name, value]) => !['organizationId', 'clientId', 'recordedById'].includes(name) && value !== null)
        .map(([name]) => name);
      await this.audit.record({ actor: me, requestId, action: 'CREATE', entityType: 'CheckIn', entityIds: [saved.id], fields }, manager);
      const recordedBy = await manager.getRepository(StaffUserEntity).findOneByOrFail({ id: me.id });
      return Object.assign(saved, { recordedBy }) as CheckInWithStaff;
    });
  }

  /** Newest first; `showNote` says whether the caller may read each note. */
  async list(
    { me, requestId }: Actor,
    args: { clientId: string; from: IsoDate; to: IsoDate },
  ): Promise<{ items: CheckInWithStaff[]; mayReadNote: (checkIn: CheckInEntity) => boolean }> {
    assertRange(args.from, args.to);
    const manager = this.dataSource.manager;
    const client = await this.access.findVisibleClient(me, args.clientId, manager);
    const items = (await manager
      .getRepository(CheckInEntity)
      .createQueryBuilder('ci')
      .leftJoinAndMapOne('ci.recordedBy', StaffUserEntity, 'staff', 'staff.id = ci.recorded_by_id')
      .where('ci.client_id = :clientId', { clientId: client.id })
      .andWhere(IN_UTC_DAYS, { rangeFrom: args.from, rangeTo: args.to })
      .orderBy('ci.occurred_at', 'DESC')
      .addOrderBy('ci.created_at', 'DESC')
      .getMany()) as CheckInWithStaff[];
    const peerMayReadNotes = me.role === StaffRole.PEER_SUPPORT && (await this.consent.mayDisclose(client.id, PEER_SUPPORT_TEAM, ConsentScope.CHECK_INS));
    if (items.length) {
      await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'CheckIn', entityIds: items.map((c) => c.id) });
    } else {
      await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'Client', entityIds: [client.id], fields: ['checkIns'] });
    }
    return { items, mayReadNote: (checkIn) => this.mayReadNote(me, checkIn, peerMayReadNotes) };
  }

  mayReadNote(me: StaffPrincipal, checkIn: CheckInEntity, peerConsented = false): boolean {
    return me.role !== StaffRole.PEER_SUPPORT || checkIn.recordedById === me.id || peerConsented;
  }

  /**
   * Received ÷ expected over the requested days that fall within the episode of care (from
   * admission to discharge or today). Counts check-ins, not distinct days; the rate is capped at 1.
   */
  async completion({ me, requestId }: Actor, args: { clientId: string; from: IsoDate; to: IsoDate }): Promise<CheckInCompletion> {
    assertRange(args.from, args.to);
    const manager = this.dataSource.manager;
    const client = await this.access.findVisibleClient(me, args.clientId, manager);
    const today = this.clock.today();
    const lastEpisodeDay = client.dischargeDate && client.dischargeDate < today ? client.dischargeDate : today;
    const from = args.from > client.admissionDate ? args.from : client.admissionDate;
    const to = args.to < lastEpisodeDay ? args.to : lastEpisodeDay;
    const days = to >= from ? differenceInCalendarDays(parseISO(to), parseISO(from)) + 1 : 0;
    const received =
      days === 0
        ? 0
        : await manager
            .getRepository(CheckInEntity)
            .createQueryBuilder('ci')
            .where('ci.client_id = :clientId', { clientId: client.id })
            .andWhere(IN_UTC_DAYS, { rangeFrom: from, rangeTo: to })
            .getCount();
    await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'Client', entityIds: [client.id], fields: ['checkInCompletion'] });
    const schedule = client.checkInSchedule;
    return {
      from: days ? from : args.from,
      to: days ? to : args.to,
      days,
      schedule,
      expected: expectedCheckIns(schedule, days),
      received,
      rate: checkInCompletionRate(received, schedule, days),
    };
  }

  async setSchedule({ me, requestId }: Actor, args: { clientId: string; schedule: CheckInSchedule; expectedVersion: number }): Promise<ClientEntity> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, args.clientId, manager);
      if (client.version !== args.expectedVersion) throw await staleWriteError(manager, CLIENT, client.id, client);
      const result = await manager
        .createQueryBuilder()
        .update(ClientEntity)
        .set({ checkInSchedule: args.schedule })
        .where('id = :clientId AND version = :expectedVersion', { clientId: client.id, expectedVersion: args.expectedVersion })
        .execute();
      if (result.affected === 0) {
        throw await staleWriteError(manager, CLIENT, client.id, await manager.getRepository(ClientEntity).findOneByOrFail({ id: client.id }));
      }
      await this.audit.record(
        { actor: me, requestId, action: 'UPDATE', entityType: 'Client', entityIds: [client.id], fields: ['checkInSchedule'] },
        manager,
      );
      return manager.getRepository(ClientEntity).findOneOrFail({ where: { id: client.id }, relations: { program: true } });
    });
  }

  /** Schedule and last check-in for many clients in one query (callers scoped the clients). */
  async summaries(clientIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ClientCheckInSummary[]> {
    const rows = (await manager.query(
      `SELECT c.id, c.check_in_schedule AS schedule,
              (SELECT max(ci.occurred_at) FROM check_in ci WHERE ci.client_id = c.id) AS "lastCheckInAt"
         FROM client c
        WHERE c.id = ANY($1::uuid[])`,
      [clientIds],
    )) as Array<{ id: string; schedule: CheckInSchedule; lastCheckInAt: Date | null }>;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return clientIds.map((id) => {
      const row = byId.get(id);
      return { schedule: row?.schedule ?? CheckInSchedule.WEEKLY, lastCheckInAt: row?.lastCheckInAt ?? null };
    });
  }
}
