import { addDays, parseISO } from 'date-fns';
import { toIsoDate, type IsoDate } from '@carecircle/shared/domain';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { Factory, instantAt as instantAtIn, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const LIST = `query($clientId: ID!, $from: String!, $to: String!) { checkIns(clientId: $clientId, from: $from, to: $to) { id } }`;
const COMPLETION = `query($clientId: ID!, $from: String!, $to: String!) { checkInCompletion(clientId: $clientId, from: $from, to: $to) { from to received } }`;
const TRENDS = `query($input: MetricsRangeInput!) { checkInTrends(input: $input) { group weeks { weekStart received } } }`;
const LOG = `mutation($input: LogCheckInInput!) { logCheckIn(input: $input) { id } }`;

const LOS_ANGELES = 'America/Los_Angeles';
/** UTC+14 all year (no daylight saving): its day starts 14 hours before UTC's. */
const KIRITIMATI = 'Pacific/Kiritimati';

const plusDays = (day: IsoDate, n: number): IsoDate => toIsoDate(addDays(parseISO(day), n));

describe("the organization's time zone decides its days", () => {
  let t: TestApp;
  let f: Factory;

  const instantAt = (day: IsoDate, time: string, zone: string) => instantAtIn(t.dataSource, day, time, zone);

  /** An organization in `zone` with a counselor signed in and one of their clients admitted `admittedDaysAgo` days ago (UTC days). */
  async function organizationIn(zone: string, admittedDaysAgo: number): Promise<{ token: string; client: ClientEntity }> {
    const { organization, program, counselor } = await f.team();
    await t.dataSource.getRepository(OrganizationEntity).update({ id: organization.id }, { timeZone: zone });
    const admissionDate = toIsoDate(addDays(new Date(), -admittedDaysAgo));
    const client = await f.client(organization.id, program.id, { admissionDate, recoveryStartDate: admissionDate });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    return { token: await loginAs((q, v) => t.gql(q, v), counselor.email), client };
  }

  async function checkIn(client: ClientEntity, at: Date): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, mood, used_substances, attended_meeting)
       VALUES ($1, $2, $3, 'PHONE', 3, 4, false, false)`,
      [client.organizationId, client.id, at],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
  });
  afterAll(() => t.close());

  it('counts a check-in at 23:30 on a Sunday in Los Angeles on that Sunday and in that week, though it is Monday in UTC', async () => {
    const { token, client } = await organizationIn(LOS_ANGELES, 60);
    // A Sunday two to three weeks back, well inside the episode and before today anywhere on Earth.
    let sunday = plusDays(toIsoDate(new Date()), -14);
    while (parseISO(sunday).getDay() !== 0) sunday = plusDays(sunday, -1);
    const monday = plusDays(sunday, 1);
    const at = await instantAt(sunday, '23:30', LOS_ANGELES);
    expect(at.toISOString().slice(0, 10)).toBe(monday); // the case that matters: a different UTC day
    await checkIn(client, at);

    const onSunday = await t.gql<{ checkIns: Array<{ id: string }> }>(LIST, { clientId: client.id, from: sunday, to: sunday }, token);
    const onMonday = await t.gql<{ checkIns: Array<{ id: string }> }>(LIST, { clientId: client.id, from: monday, to: monday }, token);
    expect(onSunday.errors).toBeUndefined();
    expect(onSunday.data?.checkIns).toHaveLength(1);
    expect(onMonday.data?.checkIns).toHaveLength(0);

    const sundayOnly = await t.gql<{ checkInCompletion: { received: number } }>(COMPLETION, { clientId: client.id, from: sunday, to: sunday }, token);
    expect(sundayOnly.data?.checkInCompletion.received).toBe(1);

    const weekStart = plusDays(sunday, -6);
    const trends = await t.gql<{ checkInTrends: Array<{ group: string; weeks: Array<{ weekStart: string; received: number }> }> }>(
      TRENDS,
      { input: { from: weekStart, to: plusDays(monday, 6), dimension: 'ALL' } },
      token,
    );
    expect(trends.errors).toBeUndefined();
    const weeks = trends.data!.checkInTrends[0]!.weeks;
    expect(weeks.map((w) => [w.weekStart, w.received])).toEqual([
      [weekStart, 1],
      [monday, 0],
    ]);
  });

  it("refuses a check-in before admission by the organization's day, though its UTC day is the admission day", async () => {
    const { token, client } = await organizationIn(LOS_ANGELES, 20);
    // 20:00 the evening before admission in Los Angeles is already the admission day in UTC.
    const at = await instantAt(plusDays(client.admissionDate, -1), '20:00', LOS_ANGELES);
    expect(at.toISOString().slice(0, 10)).toBe(client.admissionDate);
    const res = await t.gql(LOG, { input: { clientId: client.id, occurredAt: at.toISOString(), channel: 'PHONE', usedSubstances: false, attendedMeeting: false } }, token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'occurredAt', problem: expect.stringContaining('admission date') }]);
  });

  it("ends the episode's days at the organization's today, which in Kiritimati runs ahead of UTC's", async () => {
    const { token, client } = await organizationIn(KIRITIMATI, 30);
    const now = Date.now();
    const utcToday = new Date(now).toISOString().slice(0, 10);
    const kiritimatiToday = new Date(now + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const res = await t.gql<{ checkInCompletion: { to: string } }>(COMPLETION, { clientId: client.id, from: client.admissionDate, to: plusDays(utcToday, 5) }, token);
    expect(res.errors).toBeUndefined();
    // Completion counts days up to today: the organization's today, not the server's.
    expect(res.data?.checkInCompletion.to).toBe(kiritimatiToday);
    if (new Date(now).getUTCHours() >= 10 && new Date(now).getUTCHours() < 23) expect(res.data?.checkInCompletion.to).not.toBe(utcToday);
  });
});
