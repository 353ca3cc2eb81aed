import { addDays, parseISO, previousMonday } from 'date-fns';
import { toIsoDate, type IsoDate } from '@carecircle/shared/domain';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { Factory, instantAt as instantAtIn, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const TRENDS = `query($input: MetricsRangeInput!) {
  checkInTrends(input: $input) { group weeks { weekStart received meanCraving meanMood shareReportingUse shareAttendingMeetings } }
}`;

const LOS_ANGELES = 'America/Los_Angeles';
const plusDays = (day: IsoDate, n: number): IsoDate => toIsoDate(addDays(parseISO(day), n));

interface StoredWeek {
  week_start: string;
  check_ins: number;
  craving_sum: number;
  craving_count: number;
  mood_sum: number;
  mood_count: number;
  used_substances_count: number;
  attended_meeting_count: number;
}

/**
 * The weekly roll-up the trends read (check_in_week, migration 1765000000100) is kept by triggers,
 * whoever writes; these write with plain SQL, as a bulk load or another tool would.
 */
describe('check-ins rolled up per client and week', () => {
  let t: TestApp;
  let f: Factory;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
  });
  afterAll(() => t.close());

  const instantAt = (day: IsoDate, time: string, zone: string) => instantAtIn(t.dataSource, day, time, zone);

  async function organizationIn(zone: string, admissionDate: IsoDate) {
    const { organization, program, counselor } = await f.team();
    await t.dataSource.getRepository(OrganizationEntity).update({ id: organization.id }, { timeZone: zone });
    const client = await f.client(organization.id, program.id, { admissionDate, recoveryStartDate: admissionDate });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    return { organization, client, token: await loginAs((q, v) => t.gql(q, v), counselor.email) };
  }

  interface CheckInRow {
    at: Date;
    craving?: number | null;
    mood?: number | null;
    used?: boolean;
    meeting?: boolean;
  }
  /** One multi-row INSERT, so the trigger sees several check-ins of one week in one statement. */
  async function insertCheckIns(client: ClientEntity, rows: readonly CheckInRow[]): Promise<string[]> {
    const values = rows.map((_, i) => `($1, $2, $${3 + i * 5}, 'PHONE', $${4 + i * 5}, $${5 + i * 5}, $${6 + i * 5}, $${7 + i * 5})`);
    const params = rows.flatMap((row) => [row.at, row.craving ?? null, row.mood ?? null, row.used ?? false, row.meeting ?? false]);
    const inserted = (await t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, mood, used_substances, attended_meeting)
       VALUES ${values.join(', ')} RETURNING id`,
      [client.organizationId, client.id, ...params],
    )) as Array<{ id: string }>;
    return inserted.map((row) => row.id);
  }

  async function storedWeeks(clientId: string): Promise<StoredWeek[]> {
    return t.dataSource.query(
      `SELECT week_start::text, check_ins, craving_sum, craving_count, mood_sum, mood_count, used_substances_count, attended_meeting_count
         FROM check_in_week WHERE client_id = $1 ORDER BY week_start`,
      [clientId],
    );
  }

  /** The same weeks counted from the check-ins themselves, independently of the triggers. */
  async function weeksFromCheckIns(clientId: string): Promise<StoredWeek[]> {
    return t.dataSource.query(
      `SELECT date_trunc('week', ci.occurred_at AT TIME ZONE o.time_zone)::date::text AS week_start, count(*)::int AS check_ins,
              COALESCE(sum(ci.craving), 0)::int AS craving_sum, count(ci.craving)::int AS craving_count,
              COALESCE(sum(ci.mood), 0)::int AS mood_sum, count(ci.mood)::int AS mood_count,
              count(*) FILTER (WHERE ci.used_substances)::int AS used_substances_count,
              count(*) FILTER (WHERE ci.attended_meeting)::int AS attended_meeting_count
         FROM check_in ci JOIN organization o ON o.id = ci.organization_id
        WHERE ci.client_id = $1 GROUP BY 1 ORDER BY 1`,
      [clientId],
    );
  }

  it('adds, moves and takes away check-ins as they are inserted, edited and deleted', async () => {
    const monday = toIsoDate(previousMonday(addDays(new Date(), -40)));
    const { client } = await organizationIn(LOS_ANGELES, plusDays(monday, -7));
    const ids = await insertCheckIns(client, [
      { at: await instantAt(monday, '09:00', LOS_ANGELES), craving: 4, mood: 2, used: true },
      { at: await instantAt(plusDays(monday, 2), '21:00', LOS_ANGELES), craving: 7, mood: null, meeting: true },
      // Sunday 23:30 in Los Angeles is Monday in UTC: it still counts in the Los Angeles week.
      { at: await instantAt(plusDays(monday, 6), '23:30', LOS_ANGELES), craving: null, mood: 5 },
      { at: await instantAt(plusDays(monday, 8), '10:00', LOS_ANGELES), craving: 1, mood: 3, meeting: true },
    ]);
    expect(await storedWeeks(client.id)).toEqual([
      {
        week_start: monday,
        check_ins: 3,
        craving_sum: 11,
        craving_count: 2,
        mood_sum: 7,
        mood_count: 2,
        used_substances_count: 1,
        attended_meeting_count: 1,
      },
      {
        week_start: plusDays(monday, 7),
        check_ins: 1,
        craving_sum: 1,
        craving_count: 1,
        mood_sum: 3,
        mood_count: 1,
        used_substances_count: 0,
        attended_meeting_count: 1,
      },
    ]);

    // An edit that moves a check-in into the next week and changes its craving; a note's edit moves nothing.
    await t.dataSource.query(`UPDATE check_in SET occurred_at = $2, craving = 9 WHERE id = $1`, [ids[1], await instantAt(plusDays(monday, 9), '08:00', LOS_ANGELES)]);
    await t.dataSource.query(`UPDATE check_in SET note = 'called back' WHERE id = $1`, [ids[0]]);
    expect(await storedWeeks(client.id)).toEqual(await weeksFromCheckIns(client.id));
    expect((await storedWeeks(client.id)).map((week) => [week.week_start, week.check_ins, week.craving_sum])).toEqual([
      [monday, 2, 4],
      [plusDays(monday, 7), 2, 10],
    ]);

    // The second week emptied: its row goes, rather than staying at zero.
    await t.dataSource.query(`DELETE FROM check_in WHERE id = ANY($1)`, [[ids[1], ids[3]]]);
    expect((await storedWeeks(client.id)).map((week) => week.week_start)).toEqual([monday]);
    expect(await storedWeeks(client.id)).toEqual(await weeksFromCheckIns(client.id));
  });

  it("moves every week when the organization's time zone changes", async () => {
    const monday = toIsoDate(previousMonday(addDays(new Date(), -30)));
    const { organization, client } = await organizationIn('UTC', plusDays(monday, -7));
    // 03:00 on Monday in UTC is Sunday evening in Los Angeles, the week before.
    await insertCheckIns(client, [{ at: await instantAt(monday, '03:00', 'UTC'), craving: 2, mood: 4 }]);
    expect((await storedWeeks(client.id)).map((week) => week.week_start)).toEqual([monday]);

    await t.dataSource.getRepository(OrganizationEntity).update({ id: organization.id }, { timeZone: LOS_ANGELES });
    expect((await storedWeeks(client.id)).map((week) => week.week_start)).toEqual([plusDays(monday, -7)]);
    expect(await storedWeeks(client.id)).toEqual(await weeksFromCheckIns(client.id));
  });

  it('trends a range that starts and ends mid-week the same from whole weeks and from partial ones', async () => {
    const monday = toIsoDate(previousMonday(addDays(new Date(), -60)));
    const { client, token } = await organizationIn(LOS_ANGELES, plusDays(monday, -10));
    // The range runs from a Wednesday to the Tuesday two weeks later: a partial first week (read
    // from check-ins), one whole week (read from the roll-up) and a partial last week (check-ins).
    const from = plusDays(monday, 2);
    const to = plusDays(monday, 15);
    await insertCheckIns(client, [
      { at: await instantAt(plusDays(from, -1), '23:30', LOS_ANGELES), craving: 10 }, // the day before the range
      { at: await instantAt(from, '00:30', LOS_ANGELES), craving: 1, mood: 2 },
      { at: await instantAt(plusDays(monday, 6), '23:59', LOS_ANGELES), craving: 2, used: true },
      { at: await instantAt(plusDays(monday, 7), '00:10', LOS_ANGELES), craving: 2, mood: 5, meeting: true },
      { at: await instantAt(plusDays(monday, 10), '12:00', LOS_ANGELES), craving: 5, mood: null },
      { at: await instantAt(plusDays(monday, 11), '12:00', LOS_ANGELES), craving: null, mood: 1, used: true },
      { at: await instantAt(plusDays(monday, 14), '09:00', LOS_ANGELES), craving: 6, mood: 3 },
      { at: await instantAt(to, '23:00', LOS_ANGELES), craving: 0, mood: 4, meeting: true },
      { at: await instantAt(plusDays(to, 1), '00:30', LOS_ANGELES), craving: 10 }, // the day after
    ]);

    const res = await t.gql<{ checkInTrends: Array<{ group: string; weeks: Array<Record<string, unknown>> }> }>(
      TRENDS,
      { input: { from, to, dimension: 'ALL' } },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.checkInTrends[0]!.weeks).toEqual([
      { weekStart: monday, received: 2, meanCraving: 1.5, meanMood: 2, shareReportingUse: 0.5, shareAttendingMeetings: 0 },
      { weekStart: plusDays(monday, 7), received: 3, meanCraving: 3.5, meanMood: 3, shareReportingUse: 1 / 3, shareAttendingMeetings: 1 / 3 },
      { weekStart: plusDays(monday, 14), received: 2, meanCraving: 3, meanMood: 3.5, shareReportingUse: 0, shareAttendingMeetings: 0.5 },
    ]);
  });
});
