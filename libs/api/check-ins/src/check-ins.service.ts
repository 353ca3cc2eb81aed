import { Injectable } from '@nestjs/common';
import {
  AuditAction,
  AuditEntityType,
  CheckInSchedule,
  ConsentScope,
  STAFF_CHECK_IN_CHANNELS,
  calendarDaysBetween,
  checkInCompletionRate,
  expectedCheckIns,
  type IsoDate,
} from '@carecircle/shared/domain';
import { Clock, type FieldProblem, type RequestContext, type WriteContext, refuseDayRange, refuseInput } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, ClientEntity, type EditableClient, type VisibleClientIds } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import { CheckInEntity } from './check-in.entity';
import type { CheckInWithStaff } from './check-in.model';
import type { LogCheckInInput } from './log-check-in.input';

/** Longest range `checkIns` and `checkInCompletion` answer in one request. */
export const MAX_CHECK_IN_RANGE_DAYS = 400;
/** Device clocks run a little fast; a check-in this far ahead of the server is still "now". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

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

/**
 * SQL condition: `occurred_at` falls on a day from :rangeFrom to :rangeTo, inclusive, in the
 * organization's time zone :dayZone (a check-in at 23:30 in Los Angeles counts on that day there).
 */
const IN_ORGANIZATION_DAYS =
  'ci.occurred_at >= (CAST(:rangeFrom AS date)::timestamp AT TIME ZONE CAST(:dayZone AS text))' +
  ' AND ci.occurred_at < ((CAST(:rangeTo AS date) + 1)::timestamp AT TIME ZONE CAST(:dayZone AS text))';

/**
 * Check-ins: logging, reading and completion against the client's schedule. Counselors,
 * supervisors and peer workers log them for the clients they can see; counselors and supervisors
 * read them, a peer worker only while the client's consent names the peer support team for check-ins.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly disclosure: DisclosurePolicy,
    private readonly clock: Clock,
  ) {}

  async log(ctx: WriteContext, input: LogCheckInInput): Promise<CheckInWithStaff> {
    const now = this.clock.now();
    const occurredAt = input.occurredAt ?? now;
    const substances = input.usedSubstances ? [...new Set(input.substances)] : input.substances;
    const problems: FieldProblem[] = [];
    if (!STAFF_CHECK_IN_CHANNELS.includes(input.channel)) {
      problems.push({ field: 'channel', problem: `channel must be one of ${STAFF_CHECK_IN_CHANNELS.join(', ')}: APP is for check-ins the client sends` });
    }
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

    const manager = ctx.manager;
    const client = await this.access.findVisibleClient(ctx, input.clientId);
    if (this.clock.dayOf(occurredAt) < client.admissionDate) {
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
      recordedById: ctx.staffId,
    };
    const saved = await manager.getRepository(CheckInEntity).save(values);
    const fields = Object.entries(values)
      .filter(([name, value]) => !['organizationId', 'clientId', 'recordedById'].includes(name) && value !== null)
      .map(([name]) => name);
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.CHECK_IN, [saved.id], fields);
    const recordedBy = await manager.getRepository(StaffUserEntity).findOneByOrFail({ id: ctx.staffId });
    return Object.assign(saved, { recordedBy }) as CheckInWithStaff;
  }

  /**
   * Newest first, notes included. A peer support worker sees a client's check-ins only while the
   * client's consent names the peer support team for check-ins (DisclosurePolicy); without it, or
   * once it is revoked or expired, the request is refused as FORBIDDEN, even for check-ins the
   * peer recorded: the consent decides what is shared, not who typed it.
   */
  async list(ctx: RequestContext, args: { clientId: string; from: IsoDate; to: IsoDate }): Promise<CheckInWithStaff[]> {
    refuseDayRange(args.from, args.to, MAX_CHECK_IN_RANGE_DAYS, 'the range from from to to');
    const client = await this.access.findVisibleClient(ctx, args.clientId);
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.CHECK_INS);
    return (await ctx.manager
      .getRepository(CheckInEntity)
      .createQueryBuilder('ci')
      .leftJoinAndMapOne('ci.recordedBy', StaffUserEntity, 'staff', 'staff.id = ci.recorded_by_id')
      .where('ci.client_id = :clientId', { clientId: client.id })
      .andWhere(IN_ORGANIZATION_DAYS, { rangeFrom: args.from, rangeTo: args.to, dayZone: this.clock.timeZone() })
      .orderBy('ci.occurred_at', 'DESC')
      .addOrderBy('ci.created_at', 'DESC')
      .getMany()) as CheckInWithStaff[];
  }

  /**
   * Received ÷ expected over the requested days that fall within the episode of care (from
   * admission to discharge or today). Counts check-ins, not distinct days; the rate is capped at 1.
   * Consent-gated for peer support workers like `list`: completion is check-in information too.
   */
  async completion(ctx: RequestContext, args: { clientId: string; from: IsoDate; to: IsoDate }): Promise<CheckInCompletion> {
    refuseDayRange(args.from, args.to, MAX_CHECK_IN_RANGE_DAYS, 'the range from from to to');
    const client = await this.access.findVisibleClient(ctx, args.clientId);
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.CHECK_INS);
    const today = this.clock.today();
    const lastEpisodeDay = client.dischargeDate && client.dischargeDate < today ? client.dischargeDate : today;
    const from = args.from > client.admissionDate ? args.from : client.admissionDate;
    const to = args.to < lastEpisodeDay ? args.to : lastEpisodeDay;
    const days = to >= from ? calendarDaysBetween(from, to) + 1 : 0;
    const received =
      days === 0
        ? 0
        : await ctx.manager
            .getRepository(CheckInEntity)
            .createQueryBuilder('ci')
            .where('ci.client_id = :clientId', { clientId: client.id })
            .andWhere(IN_ORGANIZATION_DAYS, { rangeFrom: from, rangeTo: to, dayZone: this.clock.timeZone() })
            .getCount();
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

  async setSchedule(ctx: WriteContext, args: { clientId: string; schedule: CheckInSchedule; expectedVersion: number }): Promise<EditableClient> {
    const client = await this.access.findEditableClient(ctx, args.clientId);
    await assertCurrentVersion(ctx, ClientEntity, client, args.expectedVersion);
    await versionedUpdate(ctx, ClientEntity, client.id, args.expectedVersion, { checkInSchedule: args.schedule });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], ['checkInSchedule']);
    return this.access.reloadEditable(ctx, client);
  }

  /** Schedule and last check-in for a page of visible clients in one query. */
  async summaries(ctx: RequestContext, clientIds: VisibleClientIds): Promise<ClientCheckInSummary[]> {
    const rows = (await ctx.manager.query(
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
