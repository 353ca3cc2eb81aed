import { Injectable } from '@nestjs/common';
import {
  ConsentScope,
  DEFAULT_RISK_THRESHOLDS,
  RecoveryStance,
  RiskFlagCode,
  riskFlags,
  toIsoDate,
  type IsoDate,
  type RiskFlag,
  type RiskThresholds,
} from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import type { VisibleClientIds } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';

const RECENT_CHECK_INS = 10;

/** Flags whose reason quotes what a client said in check-ins (cravings, use): shared only under a consent covering check-ins. */
const CHECK_IN_CONTENT_FLAGS: ReadonlySet<RiskFlagCode> = new Set([RiskFlagCode.HIGH_CRAVING, RiskFlagCode.RECENT_USE]);

/** Flags whose reason quotes session attendance: shared only under a consent covering attendance. */
const ATTENDANCE_FLAGS: ReadonlySet<RiskFlagCode> = new Set([RiskFlagCode.MISSED_SESSIONS]);

/**
 * Gathers what the risk rules need for a whole page of clients in a fixed number of statements
 * (six, whatever the page size), then applies the pure rules from shared/domain. It takes only
 * client ids the access policy minted.
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
    const today = this.clock.today();
    const q = <T>(sql: string, params: unknown[] = [ids]) => ctx.manager.query(sql, params) as Promise<T[]>;

    // With each client, the no-shows recorded in signed progress notes within their program's window;
    // the rule counts them against its threshold. A draft is its author's alone until signed, so it
    // does not speak through a flag other staff read.
    const clients = await q<{ id: string; admission_date: string; status: string; risk_thresholds: Partial<RiskThresholds>; no_show_dates: string[] }>(
      `SELECT c.id, c.admission_date::text, c.status, p.risk_thresholds,
              ARRAY(SELECT n.session_date::text FROM progress_note n
                    WHERE n.client_id = c.id AND n.attendance = 'NO_SHOW' AND n.status = 'SIGNED'
                      AND n.session_date >= $2::date - COALESCE((p.risk_thresholds->>'noShowWindowDays')::int, $3::int)) AS no_show_dates
       FROM client c JOIN program p ON p.id = c.program_id WHERE c.id = ANY($1::uuid[])`,
      [ids, today, DEFAULT_RISK_THRESHOLDS.noShowWindowDays],
    );
    const checkIns = await q<{ client_id: string; occurred_at: Date; craving: number | null; used_substances: boolean }>(
      `SELECT x.client_id, x.occurred_at, x.craving, x.used_substances
       FROM unnest($1::uuid[]) AS ids(id)
       CROSS JOIN LATERAL (
         SELECT ci.client_id, ci.occurred_at, ci.craving, ci.used_substances FROM check_in ci
         WHERE ci.client_id = ids.id ORDER BY ci.occurred_at DESC LIMIT ${RECENT_CHECK_INS}
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

    for (const client of clients) {
      if (client.status === 'DISCHARGED') {
        result.set(client.id, []);
        continue;
      }
      const thresholds: RiskThresholds = { ...DEFAULT_RISK_THRESHOLDS, ...client.risk_thresholds };
      const peer = peerBy.get(client.id);
      const latest = phq9By.get(client.id);
      result.set(
        client.id,
        riskFlags(
          {
            today,
            admissionDate: client.admission_date,
            recentCheckIns: (checkInsBy.get(client.id) ?? []).map((c) => ({
              on: utcDate(c.occurred_at),
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
          thresholds,
        ),
      );
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
}

function utcDate(value: Date | string): IsoDate {
  const date = value instanceof Date ? value : new Date(value);
  return toIsoDate(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
