import { addDays } from 'date-fns';
import {
  RecoveryStance,
  SMALL_GROUP_MIN_CLIENTS,
  SUPPORT_SYSTEM_GROUPS,
  StaffRole,
  SupportSystemDimension,
  calendarDayIn,
  inLandmarkCohort,
  kaplanMeier,
  landmarkDate,
  leftCare,
  logRankTest,
  supportSystemGroup,
  toIsoDate,
  type ClientStatus,
  type DischargeReason,
  type IsoDate,
  type LandmarkFacts,
  type SurvivalStep,
} from '@carecircle/shared/domain';
import { ClientAccessPolicy } from '@carecircle/api/clients';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoOrganization } from '@carecircle/api/demo-data';
import { RequestContext, readOnlyManager, withOrganizationTimeZone } from '@carecircle/api/platform';
import { createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

/**
 * The support-system retention SQL against a pure TypeScript reference, on every group of the demo
 * organization (issue 14). The reference reads the raw rows with plain SQL and applies the rule in
 * TypeScript: the landmark cohort (`inLandmarkCohort`), the facts recorded up to the landmark day on the
 * organization's calendar (local dates computed here, in JavaScript, not by the database), the group
 * (`supportSystemGroup`), the Kaplan–Meier steps (`kaplanMeier`) and the log-rank test (`logRankTest`).
 */

const RETENTION = `query($input: MetricsRangeInput!) {
  retention(input: $input) {
    dimension landmarkDays
    logRank { chiSquare degreesOfFreedom pValue groups }
    curves { group clients tooSmallToRead steps { days atRisk events censored survival } }
  }
}`;

const GROUP_CLIENTS = `query($input: MetricsRangeInput!, $group: String!) {
  retentionGroupClients(input: $input, group: $group) {
    client { id }
    admissionDate dischargeDate daysInTreatment leftCare
  }
}`;

interface RetentionData {
  retention: {
    dimension: string;
    landmarkDays: number | null;
    logRank: { chiSquare: number; degreesOfFreedom: number; pValue: number; groups: number } | null;
    curves: Array<{ group: string; clients: number; tooSmallToRead: boolean; steps: SurvivalStep[] }>;
  };
}

interface GroupClientsData {
  retentionGroupClients: Array<{
    client: { id: string };
    admissionDate: string;
    dischargeDate: string | null;
    daysInTreatment: number;
    leftCare: boolean;
  }>;
}

interface EpisodeRow {
  clientId: string;
  admissionDate: IsoDate;
  dischargeDate: IsoDate | null;
  status: ClientStatus;
  dischargeReason: DischargeReason | null;
}

/** One episode of the reference: what the curve and the click-through need, and its group. */
interface ReferenceEpisode {
  clientId: string;
  admissionDate: IsoDate;
  dischargeDate: IsoDate | null;
  days: number;
  leftCare: boolean;
  group: string;
}

const LANDMARKS = [30, 60] as const;
/**
 * The demo organization's zone as seeded (UTC), then one whose day starts 13 hours earlier in November
 * (Auckland, UTC+13), so check-ins and network members recorded in the afternoon (UTC) fall on the next
 * local day and the organization's calendar, not UTC's, decides what counted by the landmark.
 */
const SEEDED_ZONE = 'UTC';
const OTHER_ZONE = 'Pacific/Auckland';
const ZONES = [SEEDED_ZONE, OTHER_ZONE] as const;
const TOLERANCE = 1e-9;

const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

describe('support-system retention: the SQL agrees with the TypeScript reference on the demo organization', () => {
  let t: TestApp;
  let token: string;
  let supervisor: { id: string; organizationId: string; role: StaffRole; email: string; displayName: string };
  let zone: string;
  let today: IsoDate;
  let from: IsoDate;
  let episodes: EpisodeRow[];
  let members: Array<{ clientId: string; stance: RecoveryStance; recordedOn: IsoDate; removedOn: IsoDate | null }>;
  let familyEvents: Array<{ clientId: string; on: IsoDate }>;
  let peerContacts: Array<{ clientId: string; on: IsoDate }>;
  let checkIns: Array<{ clientId: string; on: IsoDate; meeting: boolean }>;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganization(t.dataSource, { today: toIsoDate(new Date()) });
    token = await loginAs((q, v) => t.gql(q, v), DEMO_LOGINS.supervisor, DEMO_PASSWORD);
    const [found] = (await t.dataSource.query(
      `SELECT s.id, s.organization_id AS "organizationId", s.role, s.email, s.display_name AS "displayName", o.time_zone AS "timeZone"
       FROM staff_user s JOIN organization o ON o.id = s.organization_id WHERE s.email = $1`,
      [DEMO_LOGINS.supervisor],
    )) as Array<{ id: string; organizationId: string; role: StaffRole; email: string; displayName: string; timeZone: string }>;
    if (!found) throw new Error('the demo supervisor is missing');
    const { timeZone, ...principal } = found;
    supervisor = principal;
    expect(timeZone).toBe(SEEDED_ZONE);
    await readRows(SEEDED_ZONE);
  }, 300_000);
  afterAll(() => t.close(), 120_000);

  /**
   * Puts the organization in `timeZone` (the API reads it on every request) and reads the raw rows of the
   * supervisor's visible clients. Instants are read as instants and put on the organization's calendar here,
   * in JavaScript, not by the database.
   */
  async function readRows(timeZone: string): Promise<void> {
    await t.dataSource.query(`UPDATE organization SET time_zone = $2 WHERE id = $1`, [supervisor.organizationId, timeZone]);
    zone = timeZone;
    // The API's today: the organization's calendar day now.
    today = calendarDayIn(new Date(), zone);
    from = calendarDayIn(addDays(new Date(), -400), zone);

    // The supervisor's visible clients, from the one scoping policy the metrics use (scope is not what this test checks).
    const ctx = new RequestContext(
      { ...supervisor, tokenId: 'support-system-reference', tokenExpiresAt: addDays(new Date(), 1), timeZone: zone },
      'support-system-reference',
      null,
      null,
      null,
      readOnlyManager(t.dataSource.manager),
    );
    const [scopeSql, scopeParams] = withOrganizationTimeZone(zone, () => t.app.get(ClientAccessPolicy).visibleClientIdsQuery(ctx));
    const ids = ((await t.dataSource.query(scopeSql, scopeParams)) as Array<{ id: string }>).map((row) => row.id);

    episodes = await t.dataSource.query(
      `SELECT client_id AS "clientId", admission_date::text AS "admissionDate", discharge_date::text AS "dischargeDate",
              status, discharge_reason AS "dischargeReason"
       FROM episode_of_care WHERE client_id = ANY($1::uuid[]) AND admission_date BETWEEN $2::date AND $3::date`,
      [ids, from, today],
    );
    const rawMembers: Array<{ clientId: string; stance: RecoveryStance; createdAt: Date; removedAt: Date | null }> = await t.dataSource.query(
      `SELECT client_id AS "clientId", stance, created_at AS "createdAt", removed_at AS "removedAt"
       FROM support_network_member WHERE client_id = ANY($1::uuid[])`,
      [ids],
    );
    members = rawMembers.map((m) => ({
      clientId: m.clientId,
      stance: m.stance,
      recordedOn: calendarDayIn(m.createdAt, zone),
      removedOn: m.removedAt ? calendarDayIn(m.removedAt, zone) : null,
    }));
    familyEvents = await t.dataSource.query(
      `SELECT client_id AS "clientId", occurred_on::text AS "on" FROM family_engagement_event WHERE client_id = ANY($1::uuid[])`,
      [ids],
    );
    peerContacts = await t.dataSource.query(
      `SELECT client_id AS "clientId", occurred_on::text AS "on" FROM peer_contact WHERE client_id = ANY($1::uuid[]) AND withdrawn_at IS NULL`,
      [ids],
    );
    const rawCheckIns: Array<{ clientId: string; occurredAt: Date; meeting: boolean }> = await t.dataSource.query(
      `SELECT client_id AS "clientId", occurred_at AS "occurredAt", attended_meeting AS meeting FROM check_in WHERE client_id = ANY($1::uuid[])`,
      [ids],
    );
    checkIns = rawCheckIns.map((c) => ({ clientId: c.clientId, on: calendarDayIn(c.occurredAt, zone), meeting: c.meeting === true }));
  }

  async function inZone(timeZone: string): Promise<void> {
    if (zone !== timeZone) await readRows(timeZone);
  }

  /** What was recorded about an episode from admission up to and including the landmark day. */
  function factsAt(episode: EpisodeRow, landmarkDays: number): LandmarkFacts {
    const landmark = landmarkDate(episode.admissionDate, landmarkDays);
    const inWindow = (on: IsoDate) => episode.admissionDate <= on && on <= landmark;
    const ofClient = <T extends { clientId: string }>(rows: readonly T[]) => rows.filter((row) => row.clientId === episode.clientId);
    const network = ofClient(members).filter((m) => m.recordedOn <= landmark && (m.removedOn === null || m.removedOn > landmark));
    const windowCheckIns = ofClient(checkIns).filter((c) => inWindow(c.on));
    return {
      supportiveMembers: network.filter((m) => m.stance === RecoveryStance.SUPPORTIVE).length,
      riskMembers: network.filter((m) => m.stance === RecoveryStance.RISK).length,
      familyEvents: ofClient(familyEvents).filter((e) => inWindow(e.on)).length,
      peerContacts: ofClient(peerContacts).filter((p) => inWindow(p.on)).length,
      checkIns: windowCheckIns.length,
      checkInsWithMeeting: windowCheckIns.filter((c) => c.meeting).length,
    };
  }

  function reference(dimension: SupportSystemDimension, landmarkDays: number): ReferenceEpisode[] {
    return episodes
      .map((e) => ({ ...e, leftCare: leftCare(e.status, e.dischargeReason) }))
      .filter((e) => inLandmarkCohort(e, landmarkDays, today))
      .map((e) => ({
        clientId: e.clientId,
        admissionDate: e.admissionDate,
        dischargeDate: e.dischargeDate,
        days: daysBetween(e.admissionDate, e.dischargeDate ?? today),
        leftCare: e.leftCare,
        group: supportSystemGroup(dimension, factsAt(e, landmarkDays), landmarkDays),
      }));
  }

  const input = (dimension: SupportSystemDimension, landmarkDays: number) => ({ from, to: today, dimension, landmarkDays });
  const cases = ZONES.flatMap((timeZone) =>
    Object.values(SupportSystemDimension).flatMap((dimension) => LANDMARKS.map((landmarkDays) => [timeZone, dimension, landmarkDays] as const)),
  );

  it('has a landmark cohort with more than one group in every comparison at day 30, so the agreement below is not empty', async () => {
    await inZone(SEEDED_ZONE);
    expect(episodes.length).toBeGreaterThan(0);
    for (const dimension of Object.values(SupportSystemDimension)) {
      const groups = new Set(reference(dimension, 30).map((e) => e.group));
      expect([dimension, groups.size > 1]).toEqual([dimension, true]);
    }
  });

  it('puts some facts on another day in the other zone, so the zone case tests the calendar', async () => {
    await inZone(SEEDED_ZONE);
    const seeded = Object.values(SupportSystemDimension).map((dimension) => reference(dimension, 30).map((e) => e.group));
    await inZone(OTHER_ZONE);
    const other = Object.values(SupportSystemDimension).map((dimension) => reference(dimension, 30).map((e) => e.group));
    expect(other).not.toEqual(seeded);
  });

  it.each(cases)('in %s, %s at landmark %i: the same curves, steps and log-rank test', async (timeZone, dimension, landmarkDays) => {
    await inZone(timeZone);
    const res = await t.gql<RetentionData>(RETENTION, { input: input(dimension, landmarkDays) }, token);
    expect(res.errors).toBeUndefined();
    const report = res.data!.retention;
    expect(report.dimension).toBe(dimension);
    expect(report.landmarkDays).toBe(landmarkDays);

    const cohort = reference(dimension, landmarkDays);
    const expected = SUPPORT_SYSTEM_GROUPS[dimension]
      .map((group) => {
        const members = cohort.filter((e) => e.group === group);
        return { group, clients: members.length, steps: kaplanMeier(members.map((e) => ({ days: e.days, event: e.leftCare }))) };
      })
      .filter((curve) => curve.clients > 0);

    // Groups nobody falls in may be left out or shown empty; every other group is the reference's, in display order.
    const curves = report.curves.filter((c) => c.clients > 0);
    expect(report.curves.filter((c) => c.clients === 0).every((c) => c.steps.length === 0)).toBe(true);
    expect(curves.map((c) => [c.group, c.clients, c.tooSmallToRead])).toEqual(
      expected.map((c) => [c.group, c.clients, c.clients < SMALL_GROUP_MIN_CLIENTS]),
    );
    for (const [i, curve] of curves.entries()) {
      const want = expected[i]!;
      expect([curve.group, curve.steps.map((s) => [s.days, s.atRisk, s.events, s.censored])]).toEqual([
        want.group,
        want.steps.map((s) => [s.days, s.atRisk, s.events, s.censored]),
      ]);
      // The curve starts at the landmark: nobody leaves or is censored before it.
      expect(curve.steps.every((s) => s.days >= landmarkDays)).toBe(true);
      curve.steps.forEach((s, j) => expect([curve.group, s.days, Math.abs(s.survival - want.steps[j]!.survival) < TOLERANCE]).toEqual([curve.group, s.days, true]));
    }

    const test = logRankTest(expected.map((c) => c.steps));
    if (test === null) {
      expect(report.logRank).toBeNull();
    } else {
      expect(report.logRank).not.toBeNull();
      const got = report.logRank!;
      expect([got.degreesOfFreedom, got.groups]).toEqual([test.degreesOfFreedom, test.groups]);
      expect(Math.abs(got.chiSquare - test.chiSquare)).toBeLessThan(TOLERANCE);
      expect(Math.abs(got.pValue - test.pValue)).toBeLessThan(TOLERANCE);
    }
  });

  it.each(cases)('in %s, %s at landmark %i: the same episodes behind each group', async (timeZone, dimension, landmarkDays) => {
    await inZone(timeZone);
    const cohort = reference(dimension, landmarkDays);
    const row = (r: { clientId: string; admissionDate: string; dischargeDate: string | null; days: number; leftCare: boolean }) =>
      [r.clientId, r.admissionDate, r.dischargeDate, r.days, r.leftCare].join(' ');
    for (const group of SUPPORT_SYSTEM_GROUPS[dimension]) {
      const res = await t.gql<GroupClientsData>(GROUP_CLIENTS, { input: input(dimension, landmarkDays), group }, token);
      expect(res.errors).toBeUndefined();
      const got = res.data!.retentionGroupClients.map((r) =>
        row({ clientId: r.client.id, admissionDate: r.admissionDate, dischargeDate: r.dischargeDate, days: r.daysInTreatment, leftCare: r.leftCare }),
      );
      const want = cohort.filter((e) => e.group === group).map(row);
      expect([group, got.sort()]).toEqual([group, want.sort()]);
    }
  });
});
