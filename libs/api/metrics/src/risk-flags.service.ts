import { Injectable } from '@nestjs/common';
import {
  ConsentScope,
  DEFAULT_RISK_THRESHOLDS,
  RISK_RECENT_CHECK_INS,
  RecoveryStance,
  RiskFlagCode,
  THRESHOLD_TUNED_FLAGS,
  riskFlags,
  riskThresholdsInForce,
  type RiskFlag,
  type RiskInputs,
  type RiskThresholds,
} from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import type { VisibleClientIds } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';


/** Flags whose reason quotes what a client said in check-ins (cravings, use): shared only under a consent covering check-ins. */
const CHECK_IN_CONTENT_FLAGS: ReadonlySet<RiskFlagCode> = new Set([RiskFlagCode.HIGH_CRAVING, RiskFlagCode.RECENT_USE]);

/** Flags whose reason quotes session attendance: shared only under a consent covering attendance. */
const ATTENDANCE_FLAGS: ReadonlySet<RiskFlagCode> = new Set([RiskFlagCode.MISSED_SESSIONS]);

/** What the rules need for one client in care, with the thresholds their program has in force. */
interface ClientRiskInputs {
  clientId: string;
  thresholds: RiskThresholds;
  inputs: RiskInputs;
}

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
 * Gathers what the risk rules need for a whole page of clients in a fixed number of statements
 * (six, whatever the page size), then applies the pure rules from shared/domain. The caseload
 * takes flags only for client ids the access policy minted; a threshold preview evaluates the same
 * inputs under two sets of thresholds and answers with counts.
 */
@Injectable()
export class RiskFlagsService {
  constructor(
    private readonly clock: Clock,
    private readonly disclosure: DisclosurePolicy,
  ) {}

  async flagsFor(ctx: RequestContext, clientIds: VisibleClientIds): Promise<Map<string, RiskFlag[]>> {
    const result = new Map<string, RiskFlag[]>();
    if (clientIds.length === 0) return result;
    const ids = [...clientIds];
    for (const client of await this.inputsFor(ctx, ids)) result.set(client.clientId, riskFlags(client.inputs, client.thresholds));
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
   * How the flags the thresholds tune would change if these clients' program used `proposed`
   * instead of the thresholds in force: the same inputs and the same rules as `flagsFor`, evaluated
   * twice. It answers with counts only, so the caller may pass any clients it is allowed to count
   * (a supervisor's visible clients, or a whole program for its administrator); it never says who.
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
    // A longer no-show window than the one in force needs the older no-shows too.
    for (const client of await this.inputsFor(ctx, [...clientIds], proposed.noShowWindowDays)) {
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
   * The rules' inputs for the clients still in care among `ids` (discharged clients are left out:
   * flags are for people we can still reach), in six statements. No-shows are read back over the
   * program's window, or `noShowWindowAtLeast` days when that is longer.
   */
  private async inputsFor(ctx: RequestContext, ids: string[], noShowWindowAtLeast = 0): Promise<ClientRiskInputs[]> {
    const today = this.clock.today();
    const q = <T>(sql: string, params: unknown[] = [ids]) => ctx.manager.query(sql, params) as Promise<T[]>;

    // With each client, the no-shows recorded in signed progress notes within their program's window;
    // the rule counts them against its threshold. A draft is its author's alone until signed, so it
    // does not speak through a flag other staff read.
    const clients = await q<{ id: string; admission_date: string; status: string; risk_thresholds: Partial<RiskThresholds>; no_show_dates: string[] }>(
      `SELECT c.id, c.admission_date::text, c.status, p.risk_thresholds,
              ARRAY(SELECT n.session_date::text FROM progress_note n
                    WHERE n.client_id = c.id AND n.attendance = 'NO_SHOW' AND n.status = 'SIGNED'
                      AND n.session_date >= $2::date - GREATEST(COALESCE((p.risk_thresholds->>'noShowWindowDays')::int, $3::int), $4::int)) AS no_show_dates
       FROM client c JOIN program p ON p.id = c.program_id WHERE c.id = ANY($1::uuid[])`,
      [ids, today, DEFAULT_RISK_THRESHOLDS.noShowWindowDays, noShowWindowAtLeast],
    );
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
    for (const row of checkIns) checkInsBy.set(row.client_id, [...(checkInsBy.get(row.client_id) ?? []), row]);
    const phq9By = new Map(phq9.map((r) => [r.client_id, r]));
    const planBy = new Map(plans.map((r) => [r.client_id, r]));
    const peerBy = new Map(peers.map((r) => [r.client_id, r]));
    const networkBy = new Map(network.map((r) => [r.client_id, r.stances]));

    return clients
      .filter((client) => client.status !== 'DISCHARGED')
      .map((client) => {
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
}
