import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ConsentRecipientKind,
  ConsentScope,
  DEFAULT_RISK_THRESHOLDS,
  RISK_RECENT_CHECK_INS,
  RecoveryStance,
  RiskFlagCode,
  RiskSeverity,
  StaffRole,
  THRESHOLD_TUNED_FLAGS,
  riskFlags,
  riskThresholdsInForce,
  type IsoDate,
  type RiskFlag,
  type RiskInputs,
  type RiskThresholds,
} from '@carecircle/shared/domain';
import { AfterWriteHooks, Clock, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { runJobInTransaction } from '@carecircle/api/audit';
import type { VisibleClientIds } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';

/** Flags whose reason quotes what a client said in check-ins (cravings, use): shared only under a consent covering check-ins. */
const CHECK_IN_CONTENT_FLAGS: ReadonlySet<RiskFlagCode> = new Set([RiskFlagCode.HIGH_CRAVING, RiskFlagCode.RECENT_USE]);

/** Flags whose reason quotes session attendance: shared only under a consent covering attendance. */
const ATTENDANCE_FLAGS: ReadonlySet<RiskFlagCode> = new Set([RiskFlagCode.MISSED_SESSIONS]);

/** `client_risk.highest_severity_rank`: 0 when no flag fires, then rising with severity. */
export const RISK_SEVERITY_STORED_RANK: Readonly<Record<RiskSeverity, number>> = {
  [RiskSeverity.INFO]: 1,
  [RiskSeverity.WARNING]: 2,
  [RiskSeverity.URGENT]: 3,
};

/** How many clients one refresh computes at a time: six statements whatever the count, and bind parameters well within limits. */
export const RISK_REFRESH_BATCH = 2000;

/** Sorts before every uuid: where a walk through an organization's rows starts. */
const FIRST_CLIENT = '00000000-0000-0000-0000-000000000000';

/**
 * First key of the advisory lock under which one process at a time refreshes an organization's
 * outdated rows (the second is the organization): readers on a new day, the scheduled refresh.
 */
export const RISK_REFRESH_LOCK_CLASS = 1764900000;

/** Set by the migration's triggers when they mark a row stale (transaction-local). */
const MARKED_SETTING = 'carecircle.client_risk_marked';

/** The stored rank of one stored flag `vf.flag`, in SQL. */
const SEVERITY_RANK_OF_FLAG = `CASE vf.flag->>'severity' ${Object.entries(RISK_SEVERITY_STORED_RANK)
  .map(([name, rank]) => `WHEN '${name}' THEN ${rank}`)
  .join(' ')} ELSE 0 END`;

/** A caller's table alias, checked before it is written into SQL. */
function sqlAlias(alias: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not an SQL alias: ${alias}`);
  return alias;
}

/** What the rules need for one client in care, with the thresholds their program has in force. */
interface ClientRiskInputs {
  clientId: string;
  thresholds: RiskThresholds;
  inputs: RiskInputs;
}

/** One client as the first statement of a refresh reads it. `seen` is the stored row's version (xmin) when read. */
interface ClientRow {
  id: string;
  admission_date: string;
  status: string;
  risk_thresholds: Partial<RiskThresholds>;
  no_show_dates: string[];
  seen: string | null;
}

/** Which clients a refresh computes. */
type Selection =
  /** These clients (of the organization, when one is named). */
  | { kind: 'ids'; ids: readonly string[] }
  /** The next batch, after `after`, of the organization's rows that are stale or were refreshed on another day. */
  | { kind: 'outdated'; after: string }
  /** The rows the current transaction marked stale (the write path, at its end). */
  | { kind: 'marked' };

/** How many clients a set of thresholds would flag compared with the thresholds in force. Counts only, never who. */
export interface RiskThresholdComparison {
  flaggedNow: number;
  flaggedAfter: number;
  newlyFlagged: number;
  noLongerFlagged: number;
  /** One row per flag the thresholds tune: clients with it now and after. */
  byFlag: Array<{ code: RiskFlagCode; now: number; after: number }>;
}

/**
 * Whether any of an organization's stored rows is stale or was refreshed on another day than today:
 * one probe of client_risk_stale_idx and client_risk_refreshed_on_idx.
 */
const OUTDATED_SQL = (organization: string, today: string): string =>
  `EXISTS (SELECT 1 FROM client_risk WHERE organization_id = ${organization} AND (stale OR refreshed_on < ${today} OR refreshed_on > ${today}))`;

/** An SQL expression and its parameters, to compose into a caller's statement. */
export interface RiskSql {
  sql: string;
  /** Always empty today: the fragment inlines the request's day and instant (see `highestRankSql`). */
  params: unknown[];
}

/**
 * Each client's risk flags, stored in `client_risk` and kept current, so lists sort, filter and count
 * by risk in SQL across a whole caseload. The pure rules (shared/domain `riskFlags`, with the
 * thresholds of the client's program) compute them here, from inputs gathered for a batch of
 * clients in six statements; what is stored is every flag, before role and consent filtering.
 *
 * Triggers (migration 1764900000000) mark a row stale when an input changes, whoever writes. Rows
 * become current again: at the end of each write, in its transaction, for the rows it marked (a
 * mutation's effect is in the flags as it commits); before a read, for the rows the read needs
 * (`flagsFor`) or the organization's (`refreshStale`); and once a day for flags that age with time
 * (the scheduled refresh, and any read on a new day).
 *
 * A refresh outside a transaction may race a write: it only stores a row still at the version it
 * read its inputs after (`xmin`), so a write committed in between leaves the row stale for the next
 * refresh instead of being overwritten by flags computed without it.
 */
@Injectable()
export class RiskFlagsService {
  constructor(
    private readonly clock: Clock,
    private readonly disclosure: DisclosurePolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
    afterWrite: AfterWriteHooks,
  ) {
    afterWrite.register((write) => this.refreshMarked(write));
  }

  /**
   * The flags of these clients the caller may see (discharged clients have none): the stored rows
   * in one statement, refreshing first those that are stale or from another day. Peer workers'
   * consent filtering is applied here; `flagsForRole` applies the role's own view on top.
   */
  async flagsFor(ctx: RequestContext, clientIds: VisibleClientIds): Promise<Map<string, RiskFlag[]>> {
    const result = new Map<string, RiskFlag[]>();
    if (clientIds.length === 0) return result;
    const ids = [...clientIds];
    const stored: Array<{ client_id: string; flags: RiskFlag[]; outdated: boolean }> = await ctx.manager.query(
      `SELECT client_id, flags, (stale OR refreshed_on IS DISTINCT FROM $2::date) AS outdated FROM client_risk WHERE client_id = ANY($1::uuid[])`,
      [ids, this.clock.today()],
    );
    for (const row of stored) if (!row.outdated) result.set(row.client_id, row.flags);
    const outdated = ids.filter((id) => !result.has(id));
    if (outdated.length > 0) {
      for (const [id, flags] of await this.refresh(this.writerFor(ctx), ctx.organizationId, outdated)) result.set(id, flags);
    }
    for (const id of ids) if (!result.has(id)) result.set(id, []);
    if (!this.disclosure.needsNoConsent(ctx)) {
      // A peer worker whose consent does not cover check-ins still learns that a client stopped
      // checking in (engagement), but not the cravings or use the client reported.
      const shared = new Set<string>(await this.disclosure.allowedAmong(ctx, clientIds, ConsentScope.CHECK_INS));
      const attendance = new Set<string>(await this.disclosure.allowedAmong(ctx, clientIds, ConsentScope.ATTENDANCE));
      for (const id of ids) {
        if (!shared.has(id)) result.set(id, result.get(id)!.filter((flag) => !CHECK_IN_CONTENT_FLAGS.has(flag.code)));
        if (!attendance.has(id)) result.set(id, result.get(id)!.filter((flag) => !ATTENDANCE_FLAGS.has(flag.code)));
      }
    }
    return result;
  }

  /**
   * Computes and stores the flags of these clients of the organization, whatever their state, on
   * the organization's today (the caller runs inside its time zone: a request, or
   * `withOrganizationTimeZone`). Returns every client's flags, before role and consent filtering.
   */
  async refresh(manager: EntityManager, organizationId: string, clientIds: readonly string[]): Promise<Map<string, RiskFlag[]>> {
    const result = new Map<string, RiskFlag[]>();
    const today = this.clock.today();
    for (let start = 0; start < clientIds.length; start += RISK_REFRESH_BATCH) {
      const batch = clientIds.slice(start, start + RISK_REFRESH_BATCH);
      const { flags } = await this.refreshSelected(manager, organizationId, today, { kind: 'ids', ids: batch });
      for (const [id, clientFlags] of flags) result.set(id, clientFlags);
    }
    return result;
  }

  /**
   * Before a list, count or dashboard reads `client_risk`: makes the caller's organization's rows
   * current. One indexed statement when nothing is stale or from another day; otherwise the
   * outdated rows are refreshed in batches of RISK_REFRESH_BATCH.
   */
  async refreshStale(ctx: RequestContext): Promise<void> {
    if (ctx.isWriting()) {
      await this.refreshAllOutdated((after) => this.refreshOutdated(ctx.manager, ctx.organizationId, after));
      return;
    }
    if (await this.isOutdated(ctx)) await this.refreshAllOutdatedNow(ctx);
  }

  /**
   * A read of stored flags that asks, in its own statement, whether they were current, instead of
   * `refreshStale`'s statement before it (one round trip less on every list): `read` adds
   * `check.sql` to its select list with `check.params`, and says what it found, or null when no row
   * came back to say it (then the check is asked on its own). Only when flags were outdated are they
   * refreshed and the read made again. What the caller keeps, and discloses, is the last read's.
   */
  async readCurrent<T>(
    ctx: RequestContext,
    read: (check: { sql: string; params: Record<string, unknown> }) => Promise<{ value: T; outdated: boolean | null }>,
  ): Promise<T> {
    if (ctx.isWriting()) {
      await this.refreshStale(ctx);
      return (await read(this.outdatedCheck(ctx))).value;
    }
    const first = await read(this.outdatedCheck(ctx));
    if (!(first.outdated ?? (await this.isOutdated(ctx)))) return first.value;
    await this.refreshAllOutdatedNow(ctx);
    return (await read(this.outdatedCheck(ctx))).value;
  }

  private async isOutdated(ctx: RequestContext): Promise<boolean> {
    const [check] = (await ctx.manager.query(`SELECT ${OUTDATED_SQL('$1', '$2')} AS outdated`, [ctx.organizationId, this.clock.today()])) as Array<{
      outdated: boolean;
    }>;
    return check?.outdated ?? false;
  }

  private outdatedCheck(ctx: RequestContext): { sql: string; params: Record<string, unknown> } {
    return {
      sql: OUTDATED_SQL(':riskOutdatedOrg', 'CAST(:riskOutdatedToday AS date)'),
      params: { riskOutdatedOrg: ctx.organizationId, riskOutdatedToday: this.clock.today() },
    };
  }

  /** Refreshes the organization's outdated rows outside the request (which only reads), batch by batch. */
  private async refreshAllOutdatedNow(ctx: RequestContext): Promise<void> {
    const organizationId = ctx.organizationId;
    // Many requests may find the same rows outdated at once (a new day, a bulk load): one at a time
    // per organization computes a batch, the others wait and then find it done, instead of all
    // computing the same flags. A batch per transaction, so row locks last one batch.
    await this.refreshAllOutdated((after) =>
      runJobInTransaction(this.dataSource, async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [RISK_REFRESH_LOCK_CLASS, organizationId]);
        return this.refreshOutdated(manager, organizationId, after);
      }),
    );
  }

  /** Walks an organization's outdated rows batch by batch until a batch comes back short. */
  private async refreshAllOutdated(refreshBatch: (after: string) => Promise<{ refreshed: number; last: string | null }>): Promise<void> {
    let after = FIRST_CLIENT;
    for (;;) {
      const batch = await refreshBatch(after);
      if (batch.last === null || batch.refreshed < RISK_REFRESH_BATCH) return;
      after = batch.last;
    }
  }

  /**
   * One batch of the organization's rows that are stale or were refreshed on another day, after
   * client id `after` (a walk over the organization that ends even if a row cannot be stored).
   * For the scheduled refresh, which commits each batch on its own.
   */
  async refreshOutdated(manager: EntityManager, organizationId: string, after = FIRST_CLIENT): Promise<{ refreshed: number; last: string | null }> {
    const { clientIds } = await this.refreshSelected(manager, organizationId, this.clock.today(), { kind: 'outdated', after });
    return { refreshed: clientIds.length, last: clientIds.at(-1) ?? null };
  }

  /**
   * The caller's highest severity rank of a client (0 none, 1 INFO, 2 WARNING, 3 URGENT), as an SQL
   * expression over `${clientAlias}.id`, counting only the flags the caller would be shown: all of
   * them for counselors and supervisors (the stored rank); for peer workers not the care-plan review
   * (`flagsForRole`) and the check-in and attendance flags only under the client's consent naming
   * the peer support team (as `DisclosurePolicy` decides). Call `refreshStale(ctx)` first.
   *
   * The request's day and instant are inlined as literals (generated here, never from input) so the
   * fragment composes into a TypeORM query builder or a positional statement without renumbering;
   * `params` stays empty.
   */
  highestRankSql(ctx: RequestContext, clientAlias: string): RiskSql {
    return { sql: this.visibleFlagsSql(ctx, clientAlias, 'rank'), params: [] };
  }

  /** How many flags the caller would be shown for a client, under the same rules as `highestRankSql`. */
  visibleFlagCountSql(ctx: RequestContext, clientAlias: string): RiskSql {
    return { sql: this.visibleFlagsSql(ctx, clientAlias, 'count'), params: [] };
  }

  /**
   * How the flags the thresholds tune would change if these clients' program used `proposed`
   * instead of the thresholds in force: the same inputs and the same rules as the stored flags,
   * evaluated twice (hypothetical thresholds are never stored). It answers with counts only, so the
   * caller may pass any clients it is allowed to count (a supervisor's visible clients, or a whole
   * program for its administrator); it never says who.
   */
  async compareThresholds(ctx: RequestContext, clientIds: readonly string[], proposed: RiskThresholds): Promise<RiskThresholdComparison> {
    const tuned = (flags: readonly RiskFlag[]) => new Set(flags.map((f) => f.code).filter((code) => THRESHOLD_TUNED_FLAGS.includes(code)));
    const comparison: RiskThresholdComparison = {
      flaggedNow: 0,
      flaggedAfter: 0,
      newlyFlagged: 0,
      noLongerFlagged: 0,
      byFlag: THRESHOLD_TUNED_FLAGS.map((code) => ({ code, now: 0, after: 0 })),
    };
    if (clientIds.length === 0) return comparison;
    const today = this.clock.today();
    // A longer no-show window than the one in force needs the older no-shows too.
    const clients = await this.clientRows(ctx.manager, null, today, { kind: 'ids', ids: [...clientIds] }, proposed.noShowWindowDays);
    for (const client of await this.inputsFor(ctx.manager, today, clients)) {
      const now = tuned(riskFlags(client.inputs, client.thresholds));
      const after = tuned(riskFlags(client.inputs, proposed));
      if (now.size > 0) comparison.flaggedNow++;
      if (after.size > 0) comparison.flaggedAfter++;
      if (now.size === 0 && after.size > 0) comparison.newlyFlagged++;
      if (now.size > 0 && after.size === 0) comparison.noLongerFlagged++;
      for (const row of comparison.byFlag) {
        if (now.has(row.code)) row.now++;
        if (after.has(row.code)) row.after++;
      }
    }
    return comparison;
  }

  /**
   * At the end of every write, in its transaction: refreshes the rows this transaction's triggers
   * marked stale. One statement that finds nothing (without scanning) when no risk input changed.
   */
  private async refreshMarked(write: WriteContext): Promise<void> {
    // Public writes (sign-in, account set-up) act for no organization and change no risk input.
    if (!write.principal) return;
    await this.refreshSelected(write.manager, write.organizationId, this.clock.today(), { kind: 'marked' });
  }

  /**
   * A read request reads through a manager that refuses writes (the write path is for the record);
   * `client_risk` is derived from the record, so a read may bring it up to date, through the app's
   * own connection. Inside a write, the write's transaction.
   */
  private writerFor(ctx: RequestContext): EntityManager {
    return ctx.isWriting() ? ctx.manager : this.dataSource.manager;
  }

  /** Reads the selected clients' inputs, applies the rules, and stores the flags: seven statements, or one when none is selected. */
  private async refreshSelected(
    manager: EntityManager,
    organizationId: string,
    today: IsoDate,
    selection: Selection,
  ): Promise<{ clientIds: string[]; flags: Map<string, RiskFlag[]> }> {
    const clients = await this.clientRows(manager, organizationId, today, selection);
    const flags = new Map<string, RiskFlag[]>(clients.map((client) => [client.id, []]));
    if (clients.length === 0) return { clientIds: [], flags };
    for (const client of await this.inputsFor(manager, today, clients)) flags.set(client.clientId, riskFlags(client.inputs, client.thresholds));
    const rows = clients.map((client) => {
      const clientFlags = flags.get(client.id)!;
      return {
        client_id: client.id,
        flags: clientFlags,
        highest_severity_rank: Math.max(0, ...clientFlags.map((flag) => RISK_SEVERITY_STORED_RANK[flag.severity])),
        flag_count: clientFlags.length,
        seen: client.seen,
      };
    });
    // A row is stored only at the version its inputs were read after (see the class comment), and
    // only if no other transaction holds it: a write in progress refreshes its own rows as it ends,
    // and a refresh never waits on a write (so it cannot deadlock with one). A client with no row
    // yet (none should lack one: the triggers add it) gets one.
    await manager.query(
      `WITH computed AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS v(client_id uuid, flags jsonb, highest_severity_rank smallint, flag_count smallint, seen text)
       ), free AS (
         SELECT l.client_id FROM client_risk l WHERE l.client_id IN (SELECT client_id FROM computed) FOR UPDATE SKIP LOCKED
       ), stored AS (
         UPDATE client_risk r
            SET flags = computed.flags, highest_severity_rank = computed.highest_severity_rank, flag_count = computed.flag_count,
                stale = false, refreshed_on = $3::date, refreshed_at = now()
           FROM computed
          WHERE r.client_id = computed.client_id AND r.client_id IN (SELECT client_id FROM free)
            AND computed.seen IS NOT NULL AND r.xmin = computed.seen::xid
          RETURNING r.client_id
       )
       INSERT INTO client_risk (client_id, organization_id, flags, highest_severity_rank, flag_count, stale, refreshed_on)
       SELECT client_id, $2, flags, highest_severity_rank, flag_count, false, $3::date FROM computed WHERE seen IS NULL
       ON CONFLICT (client_id) DO NOTHING`,
      [JSON.stringify(rows), organizationId, today],
    );
    return { clientIds: clients.map((client) => client.id), flags };
  }

  /**
   * The selected clients with what the rules read from the client and its program, in one
   * statement: the no-shows recorded in signed progress notes within their program's window (or
   * `noShowWindowAtLeast` days when longer), and the stored row's version. A draft is its author's
   * alone until signed, so it does not speak through a flag other staff read.
   */
  private async clientRows(
    manager: EntityManager,
    organizationId: string | null,
    today: IsoDate,
    selection: Selection,
    noShowWindowAtLeast = 0,
  ): Promise<ClientRow[]> {
    const params: unknown[] = [today, DEFAULT_RISK_THRESHOLDS.noShowWindowDays, noShowWindowAtLeast];
    const param = (value: unknown) => `$${params.push(value)}`;
    let where: string;
    switch (selection.kind) {
      case 'ids':
        where = `c.id = ANY(${param(selection.ids)}::uuid[])`;
        if (organizationId !== null) where += ` AND c.organization_id = ${param(organizationId)}`;
        break;
      case 'outdated':
        // Two small index probes when nothing is outdated (client_risk_stale_idx, client_risk_refreshed_on_idx).
        where = `c.id IN (SELECT o.client_id FROM client_risk o
                          WHERE o.organization_id = ${param(organizationId)} AND (o.stale OR o.refreshed_on < $1::date OR o.refreshed_on > $1::date)
                            AND o.client_id > ${param(selection.after)}::uuid
                          ORDER BY o.client_id LIMIT ${RISK_REFRESH_BATCH})`;
        break;
      case 'marked':
        // The setting is a one-time filter: when no trigger fired in this transaction nothing is scanned.
        // A row this transaction updated carries its id as xmin (the write path opens no savepoints).
        where = `c.id IN (SELECT m.client_id FROM client_risk m
                          WHERE current_setting('${MARKED_SETTING}', true) = 'on' AND m.organization_id = ${param(organizationId)}
                            AND m.stale AND m.xmin = pg_current_xact_id()::xid)`;
        break;
    }
    return manager.query(
      `SELECT c.id, c.admission_date::text, c.status, p.risk_thresholds, r.xmin::text AS seen,
              ARRAY(SELECT n.session_date::text FROM progress_note n
                    WHERE n.client_id = c.id AND n.attendance = 'NO_SHOW' AND n.status = 'SIGNED'
                      AND n.session_date >= $1::date - GREATEST(COALESCE((p.risk_thresholds->>'noShowWindowDays')::int, $2::int), $3::int)) AS no_show_dates
       FROM client c JOIN program p ON p.id = c.program_id LEFT JOIN client_risk r ON r.client_id = c.id
       WHERE ${where}
       ORDER BY c.id`,
      params,
    );
  }

  /**
   * The rules' inputs for the clients still in care among `clients` (discharged clients are left
   * out: flags are for people we can still reach), in five more statements.
   */
  private async inputsFor(manager: EntityManager, today: IsoDate, clients: readonly ClientRow[]): Promise<ClientRiskInputs[]> {
    const inCare = clients.filter((client) => client.status !== 'DISCHARGED');
    if (inCare.length === 0) return [];
    const ids = inCare.map((client) => client.id);
    const q = <T>(sql: string, params: unknown[] = [ids]) => manager.query(sql, params) as Promise<T[]>;

    const checkIns = await q<{ client_id: string; occurred_at: Date; craving: number | null; used_substances: boolean }>(
      `SELECT x.client_id, x.occurred_at, x.craving, x.used_substances
       FROM unnest($1::uuid[]) AS ids(id)
       CROSS JOIN LATERAL (
         SELECT ci.client_id, ci.occurred_at, ci.craving, ci.used_substances FROM check_in ci
         WHERE ci.client_id = ids.id ORDER BY ci.occurred_at DESC LIMIT ${RISK_RECENT_CHECK_INS}
       ) x`,
    );
    const phq9 = await q<{ client_id: string; administered_on: string; item9: number }>(
      `SELECT DISTINCT ON (m.client_id) m.client_id, m.administered_on::text, m.answers[9] AS item9
       FROM measure_administration m
       WHERE m.client_id = ANY($1::uuid[]) AND m.instrument = 'PHQ_9'
       ORDER BY m.client_id, m.administered_on DESC, m.created_at DESC`,
    );
    const plans = await q<{ client_id: string; review_due_on: string | null }>(
      `SELECT client_id, review_due_on::text FROM care_plan WHERE client_id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
    );
    const peers = await q<{ client_id: string; assigned_since: string; last_contact_on: string | null }>(
      `SELECT a.client_id, min(a.started_on)::text AS assigned_since,
              (SELECT max(pc.occurred_on)::text FROM peer_contact pc WHERE pc.client_id = a.client_id AND pc.withdrawn_at IS NULL) AS last_contact_on
       FROM care_team_assignment a
       WHERE a.client_id = ANY($1::uuid[]) AND a.role = 'PEER_SUPPORT'
         AND a.started_on <= $2::date AND (a.ended_on IS NULL OR a.ended_on > $2::date)
       GROUP BY a.client_id`,
      [ids, today],
    );
    const network = await q<{ client_id: string; stances: RecoveryStance[] }>(
      `SELECT client_id, array_agg(stance::text) AS stances FROM support_network_member
       WHERE client_id = ANY($1::uuid[]) AND removed_at IS NULL GROUP BY client_id`,
    );

    const checkInsBy = new Map<string, typeof checkIns>();
    for (const row of checkIns) {
      const list = checkInsBy.get(row.client_id);
      if (list) list.push(row);
      else checkInsBy.set(row.client_id, [row]);
    }
    const phq9By = new Map(phq9.map((r) => [r.client_id, r]));
    const planBy = new Map(plans.map((r) => [r.client_id, r]));
    const peerBy = new Map(peers.map((r) => [r.client_id, r]));
    const networkBy = new Map(network.map((r) => [r.client_id, r.stances]));

    return inCare.map((client) => {
      const peer = peerBy.get(client.id);
      const latest = phq9By.get(client.id);
      return {
        clientId: client.id,
        thresholds: riskThresholdsInForce(client.risk_thresholds),
        inputs: {
          today,
          admissionDate: client.admission_date,
          recentCheckIns: (checkInsBy.get(client.id) ?? []).map((c) => ({
            // The organization's day, as "today" is: a check-in at 23:30 in Chicago is that day's.
            on: this.clock.dayOf(c.occurred_at instanceof Date ? c.occurred_at : new Date(c.occurred_at)),
            craving: c.craving,
            usedSubstances: c.used_substances,
          })),
          latestPhq9: latest ? { administeredOn: latest.administered_on, item9: latest.item9 } : null,
          carePlanReviewDueOn: planBy.get(client.id)?.review_due_on ?? null,
          peerAssignedSince: peer?.assigned_since ?? null,
          lastPeerContactOn: peer?.last_contact_on ?? null,
          supportNetworkStances: networkBy.get(client.id) ?? [],
          noShowDates: client.no_show_dates,
        },
      };
    });
  }

  /**
   * The highest rank or the count of the stored flags the caller would be shown (see
   * `highestRankSql`). Counselors and supervisors see every flag: the stored columns. Others walk
   * the stored flags, leaving out what `flagsForRole` and the consent rule would hide.
   */
  private visibleFlagsSql(ctx: RequestContext, clientAlias: string, measure: 'rank' | 'count'): string {
    const alias = sqlAlias(clientAlias);
    if (this.disclosure.needsNoConsent(ctx)) {
      const column = measure === 'rank' ? 'highest_severity_rank' : 'flag_count';
      return `COALESCE((SELECT vr.${column} FROM client_risk vr WHERE vr.client_id = ${alias}.id), 0)`;
    }
    const aggregate = measure === 'rank' ? `max(${SEVERITY_RANK_OF_FLAG})` : 'count(*)';
    return `COALESCE((SELECT ${aggregate} FROM client_risk vr CROSS JOIN LATERAL jsonb_array_elements(vr.flags) AS vf(flag)
       WHERE vr.client_id = ${alias}.id AND ${this.shownToCaller(ctx, alias)}), 0)`;
  }

  /**
   * Whether the caller would be shown flag `code` for a client (at `atLeast` severity or more, when
   * given), as an SQL condition over `${clientAlias}.id`: a caseload filter by flag, in the statement.
   * The same rules and the same inlining as `highestRankSql`.
   */
  hasFlagSql(ctx: RequestContext, clientAlias: string, code: RiskFlagCode, atLeast?: RiskSeverity | null): RiskSql {
    const alias = sqlAlias(clientAlias);
    if (!Object.values(RiskFlagCode).includes(code)) throw new Error(`Not a risk flag: ${code}`);
    const severity = atLeast ? ` AND ${SEVERITY_RANK_OF_FLAG} >= ${RISK_SEVERITY_STORED_RANK[atLeast]}` : '';
    const shown = this.disclosure.needsNoConsent(ctx) ? '' : ` AND ${this.shownToCaller(ctx, alias)}`;
    return {
      sql: `EXISTS (SELECT 1 FROM client_risk vr CROSS JOIN LATERAL jsonb_array_elements(vr.flags) AS vf(flag)
        WHERE vr.client_id = ${alias}.id AND vf.flag->>'code' = '${code}'${severity}${shown})`,
      params: [],
    };
  }

  /**
   * A condition on one stored flag `vf.flag` of client `${alias}`: would a caller who is not a
   * counselor or supervisor be shown it? Not the care-plan review for peer workers (`flagsForRole`);
   * the check-in and attendance flags only as DisclosurePolicy decides (a peer worker under an
   * active consent naming the peer support team with the scope, as ConsentService.decide and
   * shared/domain `mayDisclose` do; anyone else never).
   */
  private shownToCaller(ctx: RequestContext, alias: string): string {
    const today = this.clock.today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`Not a day: ${today}`);
    const now = this.clock.now().getTime() / 1000;
    const codes = (set: Iterable<RiskFlagCode>) => [...set].map((code) => `'${code}'`).join(', ');
    const consented = (scope: ConsentScope) =>
      ctx.role !== StaffRole.PEER_SUPPORT
        ? 'false'
        : `EXISTS (SELECT 1 FROM consent k WHERE k.client_id = ${alias}.id AND k.recipient_kind = '${ConsentRecipientKind.PEER_SUPPORT_TEAM}'
             AND k.recipient_member_id IS NULL AND k.recipient_organization IS NULL
             AND (k.revoked_at IS NULL OR k.revoked_at > to_timestamp(${now})) AND k.effective_on <= DATE '${today}'
             AND (k.expires_on IS NULL OR k.expires_on >= DATE '${today}') AND '${scope}' = ANY(k.scopes))`;
    const hiddenByRole = ctx.role === StaffRole.PEER_SUPPORT ? `vf.flag->>'code' <> '${RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE}' AND ` : '';
    return `${hiddenByRole}(vf.flag->>'code' NOT IN (${codes(CHECK_IN_CONTENT_FLAGS)}) OR ${consented(ConsentScope.CHECK_INS)})
         AND (vf.flag->>'code' NOT IN (${codes(ATTENDANCE_FLAGS)}) OR ${consented(ConsentScope.ATTENDANCE)})`;
  }
}
