import {
  CarePlanStatus,
  ClientStatus,
  countsAsActiveDiagnosis,
  integratedCareGap,
  isActiveMentalHealth,
  isActiveNonNicotineSubstanceUse,
  isDualDiagnosis,
  Modality,
  ObjectiveProgressRating,
  ProgressNoteFormat,
  RiskFlagCode,
  SessionAttendance,
  progressNoteSigningProblems,
  riskFlags,
  type CarePlanContent,
  type DiagnosisStatus,
} from '@carecircle/shared/domain';
import { createTestApp, type TestApp } from '@carecircle/api/testing';
import { seedDemoOrganization } from './seed-demo-organization';
import { allGoalTemplates } from './clinical-story-templates';
import { seedNow } from './seed-clock';
import { DEMO_LOGINS } from './demo-logins';

const TODAY = '2026-11-24';
/** The demo's clients: enough that each support-system group at the landmark holds ten or more. */
const CLIENTS = 90;

describe('the synthetic demo organization', () => {
  let t: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    second = await createTestApp();
    await seedDemoOrganization(t.dataSource, { today: TODAY });
    await seedDemoOrganization(second.dataSource, { today: TODAY });
    // Two databases seeded in full; on a busy machine that outlasts the default 30 s.
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await second.close();
  });

  const q = <T = Record<string, unknown>>(sql: string) => t.dataSource.query(sql) as Promise<T[]>;

  it('is deterministic: the same day gives the same clients', async () => {
    const names = (app: TestApp) =>
      app.dataSource.query(`SELECT first_name, last_name, admission_date::text, status FROM client ORDER BY last_name, first_name, admission_date`);
    expect(await names(second)).toEqual(await names(t));
    // …and the same stories: diagnoses, plan wording and notes.
    const stories = (app: TestApp) =>
      app.dataSource.query(
        `SELECT c.last_name, c.first_name,
           (SELECT string_agg(icd10_code || ':' || status, ',' ORDER BY icd10_code) FROM diagnosis d WHERE d.client_id = c.id) AS diagnoses,
           (SELECT string_agg(p.status || ':' || jsonb_path_query_array(p.content, '$.**.description')::text, '|' ORDER BY p.plan_version)
              FROM care_plan p WHERE p.client_id = c.id) AS plans,
           (SELECT string_agg(coalesce(ci.note, '-'), '|' ORDER BY ci.occurred_at) FROM check_in ci WHERE ci.client_id = c.id) AS notes
         FROM client c ORDER BY c.last_name, c.first_name, c.admission_date`,
      );
    expect(await stories(second)).toEqual(await stories(t));
  });

  it('admits ninety clients over the last year with real-world discharges', async () => {
    const clients = await q<{ status: ClientStatus; discharge_reason: string | null; admission_date: string }>(
      `SELECT status, discharge_reason, admission_date::text FROM client`,
    );
    expect(clients).toHaveLength(CLIENTS);
    expect(clients.every((c) => c.admission_date >= '2025-11-24' && c.admission_date < TODAY)).toBe(true);
    const reasons = new Set(clients.map((c) => c.discharge_reason).filter(Boolean));
    expect([...reasons]).toEqual(expect.arrayContaining(['TREATMENT_COMPLETED', 'DROPPED_OUT']));
    expect(clients.filter((c) => c.status !== ClientStatus.DISCHARGED).length).toBeGreaterThan(15);
  });

  it('gives every counselor a caseload and supervisor a team', async () => {
    const caseloads = await q<{ count: string }>(
      `SELECT count(*) FROM care_team_assignment WHERE role = 'COUNSELOR' AND ended_on IS NULL GROUP BY staff_user_id`,
    );
    expect(caseloads).toHaveLength(3);
    const team = await q<{ count: string }>(`SELECT count(*) FROM staff_user WHERE supervisor_id IS NOT NULL`);
    expect(Number(team[0]!.count)).toBe(5);
  });

  it('records diagnoses of which about a third are dual diagnosis', async () => {
    const rows = await q<{ client_id: string; icd10_code: string; status: DiagnosisStatus }>(`SELECT client_id, icd10_code, status FROM diagnosis`);
    const byClient = new Map<string, typeof rows>();
    for (const row of rows) byClient.set(row.client_id, [...(byClient.get(row.client_id) ?? []), row]);
    expect(byClient.size).toBe(CLIENTS);
    const dual = [...byClient.values()].filter((d) => isDualDiagnosis(d.map((r) => ({ icd10Code: r.icd10_code, status: r.status })))).length;
    expect(dual).toBeGreaterThanOrEqual(CLIENTS / 4);
    expect(dual).toBeLessThanOrEqual(CLIENTS * 0.42);
  });

  it('has a care plan for every client, some overdue, some awaiting sign-off, mixed modalities', async () => {
    const withPlan = await q<{ count: string }>(`SELECT count(DISTINCT client_id) FROM care_plan`);
    expect(Number(withPlan[0]!.count)).toBe(CLIENTS);
    const overdue = await q<{ count: string }>(
      `SELECT count(*) FROM care_plan p JOIN client c ON c.id = p.client_id WHERE p.status = 'ACTIVE' AND p.review_due_on < '${TODAY}' AND c.status <> 'DISCHARGED'`,
    );
    expect(Number(overdue[0]!.count)).toBeGreaterThan(0);
    const pending = await q<{ count: string }>(`SELECT count(*) FROM care_plan WHERE status = '${CarePlanStatus.PENDING_REVIEW}'`);
    expect(Number(pending[0]!.count)).toBeGreaterThan(0);
    const modalities = await q<{ modality: string }>(
      `SELECT DISTINCT i->>'modality' AS modality FROM care_plan p,
         jsonb_array_elements(p.content->'problems') pr, jsonb_array_elements(pr->'goals') g,
         jsonb_array_elements(g->'objectives') o, jsonb_array_elements(o->'interventions') i`,
    );
    expect(modalities.map((m) => m.modality)).toEqual(expect.arrayContaining(['CBT', 'DBT', 'MI']));
  });

  it('maps support networks of 2 to 6 people with mixed stances, family events and consents', async () => {
    const sizes = await q<{ n: string }>(`SELECT count(*) AS n FROM support_network_member GROUP BY client_id`);
    expect(sizes).toHaveLength(CLIENTS);
    expect(sizes.every((s) => Number(s.n) >= 2 && Number(s.n) <= 6)).toBe(true);
    const stances = await q<{ stance: string }>(`SELECT DISTINCT stance FROM support_network_member`);
    expect(stances.map((s) => s.stance).sort()).toEqual(['NEUTRAL', 'RISK', 'SUPPORTIVE']);
    expect(Number((await q<{ count: string }>(`SELECT count(*) FROM family_engagement_event`))[0]!.count)).toBeGreaterThan(20);
    const consentKinds = await q<{ recipient_kind: string }>(`SELECT DISTINCT recipient_kind FROM consent`);
    expect(consentKinds).toHaveLength(3);
  });

  it('gives drop-outs rising cravings in their last weeks', async () => {
    const rows = await q<{ early: number; late: number }>(
      `SELECT avg(ci.craving) FILTER (WHERE ci.occurred_at::date < c.admission_date + 14)::float8 AS early,
              avg(ci.craving) FILTER (WHERE ci.occurred_at::date > c.discharge_date - 14)::float8 AS late
       FROM client c JOIN check_in ci ON ci.client_id = c.id
       WHERE c.discharge_reason = 'DROPPED_OUT' AND c.discharge_date - c.admission_date >= 28`,
    );
    expect(rows[0]!.late).toBeGreaterThan(rows[0]!.early + 1.5);
  });

  it('has clients whose check-ins faded out, and steady clients reaching 90 days and a year', async () => {
    const faded = await q<{ count: string }>(
      `SELECT count(*) FROM client c WHERE c.status <> 'DISCHARGED' AND c.admission_date < '${TODAY}'::date - 14
         AND NOT EXISTS (SELECT 1 FROM check_in ci WHERE ci.client_id = c.id AND ci.occurred_at::date > '${TODAY}'::date - 7)`,
    );
    expect(Number(faded[0]!.count)).toBeGreaterThanOrEqual(3);
    const nearMilestones = await q<{ days: number }>(
      `SELECT ('${TODAY}'::date - recovery_start_date) AS days FROM client WHERE status <> 'DISCHARGED'`,
    );
    const days = nearMilestones.map((r) => r.days);
    expect(days).toEqual(expect.arrayContaining([88]));
    expect(days.some((d) => d >= 360 && d <= 365)).toBe(true);
    expect(Number((await q<{ count: string }>(`SELECT count(*) FROM check_in`))[0]!.count)).toBeGreaterThan(1500);
  });

  it('raises one self-harm safety flag in the latest PHQ-9s, and scores every measure server-side', async () => {
    const flagged = await q<{ count: string }>(
      `SELECT count(*) FROM (SELECT DISTINCT ON (client_id) answers[9] AS item9 FROM measure_administration
        WHERE instrument = 'PHQ_9' ORDER BY client_id, administered_on DESC) latest WHERE item9 > 0`,
    );
    expect(Number(flagged[0]!.count)).toBe(1);
    const unscored = await q<{ count: string }>(`SELECT count(*) FROM measure_administration WHERE instrument <> 'BAM' AND total IS NULL`);
    expect(Number(unscored[0]!.count)).toBe(0);
  });

  it('shows family-engaged clients dropping out less often', async () => {
    const rows = await q<{ engaged: boolean; dropout_share: number }>(
      `SELECT EXISTS (SELECT 1 FROM family_engagement_event fe WHERE fe.client_id = c.id) AS engaged,
              avg((c.discharge_reason = 'DROPPED_OUT')::int)::float8 AS dropout_share
       FROM client c GROUP BY 1`,
    );
    const share = (engaged: boolean) => rows.find((r) => r.engaged === engaged)!.dropout_share;
    expect(share(true)).toBeLessThan(share(false));
  });

  describe('the support system at the landmark (day 30), measured without immortal-time bias', () => {
    /**
     * Episodes in treatment after day 30 that had reached day 90 by the seed's today, with what was
     * recorded by day 30 (the landmark rule of issue 14, in the organization's time zone) and whether
     * the episode was still in treatment at day 90 (still open, or discharged on day 90 or later).
     */
    type LandmarkRow = { supportive: number; risk: number; family: number; peer: number; check_ins: number; meetings: number; in_care_at_90: boolean };
    const landmarkRows = () =>
      q<LandmarkRow>(
        `WITH ep AS (
           SELECT e.client_id, e.admission_date, e.discharge_date, e.admission_date + 30 AS landmark, o.time_zone AS tz
             FROM episode_of_care e JOIN organization o ON o.id = e.organization_id
            WHERE e.admission_date + 30 <= '${TODAY}'::date AND (e.discharge_date IS NULL OR e.discharge_date > e.admission_date + 30)
              AND e.admission_date + 90 <= '${TODAY}'::date
         )
         SELECT
           (SELECT count(*) FROM support_network_member m WHERE m.client_id = ep.client_id AND m.stance = 'SUPPORTIVE'
              AND (m.created_at AT TIME ZONE ep.tz)::date <= ep.landmark
              AND (m.removed_at IS NULL OR (m.removed_at AT TIME ZONE ep.tz)::date > ep.landmark))::int AS supportive,
           (SELECT count(*) FROM support_network_member m WHERE m.client_id = ep.client_id AND m.stance = 'RISK'
              AND (m.created_at AT TIME ZONE ep.tz)::date <= ep.landmark
              AND (m.removed_at IS NULL OR (m.removed_at AT TIME ZONE ep.tz)::date > ep.landmark))::int AS risk,
           (SELECT count(*) FROM family_engagement_event f
             WHERE f.client_id = ep.client_id AND f.occurred_on BETWEEN ep.admission_date AND ep.landmark)::int AS family,
           (SELECT count(*) FROM peer_contact p WHERE p.client_id = ep.client_id AND p.withdrawn_at IS NULL
              AND p.occurred_on BETWEEN ep.admission_date AND ep.landmark)::int AS peer,
           (SELECT count(*) FROM check_in c WHERE c.client_id = ep.client_id
              AND (c.occurred_at AT TIME ZONE ep.tz)::date BETWEEN ep.admission_date AND ep.landmark)::int AS check_ins,
           (SELECT count(*) FROM check_in c WHERE c.client_id = ep.client_id AND c.attended_meeting
              AND (c.occurred_at AT TIME ZONE ep.tz)::date BETWEEN ep.admission_date AND ep.landmark)::int AS meetings,
           (ep.discharge_date IS NULL OR ep.discharge_date - ep.admission_date >= 90) AS in_care_at_90
         FROM ep`,
      );
    /** Share in care at day 90 with and without a fact, each group large enough to read and with exceptions both ways. */
    const compare = (rows: LandmarkRow[], has: (row: LandmarkRow) => boolean) => {
      const share = (group: LandmarkRow[]) => group.filter((r) => r.in_care_at_90).length / group.length;
      const withIt = rows.filter(has);
      const without = rows.filter((r) => !has(r));
      return { withIt, without, withShare: share(withIt), withoutShare: share(without) };
    };
    const notACaricature = ({ withIt, without }: ReturnType<typeof compare>) => {
      expect(withIt.length).toBeGreaterThanOrEqual(10);
      expect(without.length).toBeGreaterThanOrEqual(10);
      // Supported clients who left anyway, unsupported clients who stayed.
      expect(withIt.filter((r) => !r.in_care_at_90).length).toBeGreaterThanOrEqual(2);
      expect(without.filter((r) => r.in_care_at_90).length).toBeGreaterThanOrEqual(2);
    };

    it('records network members when they were named: most at intake, some later, some in an earlier stay, a few removed', async () => {
      const [m] = await q<{ total: number; first_week: number; later: number; before: number; removed: number }>(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE m.created_at::date BETWEEN c.admission_date AND c.admission_date + 7)::int AS first_week,
                count(*) FILTER (WHERE m.created_at::date > c.admission_date + 7)::int AS later,
                count(*) FILTER (WHERE m.created_at::date < c.admission_date)::int AS before,
                count(*) FILTER (WHERE m.removed_at IS NOT NULL)::int AS removed
           FROM support_network_member m JOIN client c ON c.id = m.client_id`,
      );
      expect(m!.first_week / m!.total).toBeGreaterThan(0.6);
      expect(m!.later).toBeGreaterThan(10);
      expect(m!.before).toBeGreaterThan(0);
      expect(m!.removed).toBeGreaterThan(0);
      expect(m!.removed / m!.total).toBeLessThan(0.1);
    });

    it('retains clients with a supportive member by day 30 somewhat better than those without, with exceptions', async () => {
      const result = compare(await landmarkRows(), (r) => r.supportive >= 1);
      notACaricature(result);
      expect(result.withShare).toBeGreaterThan(result.withoutShare + 0.1);
      // Somewhat better, not a rule: nobody's fate is fixed by their network.
      expect(result.withShare - result.withoutShare).toBeLessThan(0.5);
    });

    it('shows the same soft pattern for family events, meetings and a member marked as a risk', async () => {
      const rows = await landmarkRows();
      const family = compare(rows, (r) => r.family >= 1);
      const meetings = compare(rows, (r) => r.meetings > 0);
      const noRisk = compare(rows, (r) => r.risk === 0);
      for (const result of [family, meetings, noRisk]) {
        notACaricature(result);
        expect(result.withShare).toBeGreaterThan(result.withoutShare);
        expect(result.withShare - result.withoutShare).toBeLessThan(0.6);
      }
    });
  });

  type Dx = { icd10Code: string; status: DiagnosisStatus };
  const diagnosesByClient = async () => {
    const rows = await q<{ client_id: string; icd10_code: string; status: DiagnosisStatus }>(`SELECT client_id, icd10_code, status FROM diagnosis`);
    const byClient = new Map<string, Dx[]>();
    for (const r of rows) byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), { icd10Code: r.icd10_code, status: r.status }]);
    return byClient;
  };
  const hasActive = (dx: Dx[], prefixes: readonly string[]) => dx.some((d) => countsAsActiveDiagnosis(d) && prefixes.some((p) => d.icd10Code.startsWith(p)));
  const interventionsOf = (content: CarePlanContent) =>
    content.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives.flatMap((o) => o.interventions.map((i) => ({ problem: p, goal: g, objective: o, intervention: i })))));

  it('dates nothing later than the seed’s now: timestamps before the first moment of today, dates on or before today', async () => {
    const now = seedNow(TODAY);
    // Columns that hold a plan for the future, not something that happened; created/updated stamps (and when the
    // stored risk flags were last computed) are the real clock's.
    const planned = new Set(['expires_on', 'review_due_on', 'next_follow_up_on', 'created_at', 'updated_at', 'refreshed_at']);
    const columns = await q<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('date', 'timestamp with time zone', 'timestamp without time zone')
          AND table_name NOT IN ('audit_event', 'revoked_token', 'migrations')`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual(expect.arrayContaining(['check_in.occurred_at', 'peer_contact.occurred_on']));
    const inTheFuture: string[] = [];
    for (const c of columns.filter((col) => !planned.has(col.column_name))) {
      const limit = c.data_type === 'date' ? TODAY : now.toISOString();
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${c.table_name}" WHERE "${c.column_name}" > $1`, [limit]);
      if (row.n > 0) inTheFuture.push(`${c.table_name}.${c.column_name} (${row.n})`);
    }
    expect(inTheFuture).toEqual([]);
    // Targets and objective dates may lie ahead; measures and check-ins reach up to the day before.
    const [latest] = await t.dataSource.query(`SELECT max(occurred_at) AS at FROM check_in`);
    expect(now.getTime() - new Date(latest.at).getTime()).toBeLessThan(86_400_000);
  });

  it('gives each client a plan whose problems address their own diagnoses, with medication only where a diagnosis calls for it', async () => {
    const dxOf = await diagnosesByClient();
    const plans = await q<{ client_id: string; status: CarePlanStatus; plan_version: number; content: CarePlanContent }>(
      `SELECT client_id, status, plan_version, content FROM care_plan`,
    );
    // Medication for addiction treatment and the ICD-10-CM categories it is for.
    const indications: Record<string, string[]> = {
      buprenorphine: ['F11'],
      methadone: ['F11'],
      naloxone: ['F11'],
      naltrexone: ['F10', 'F11'],
      acamprosate: ['F10'],
      disulfiram: ['F10'],
    };
    const misfits: string[] = [];
    for (const plan of plans) {
      const dx = dxOf.get(plan.client_id) ?? [];
      const activeCodes = new Set(dx.filter(countsAsActiveDiagnosis).map((d) => d.icd10Code));
      for (const problem of plan.content.problems) {
        const codes = problem.addressesDiagnosisCodes ?? [];
        if (codes.length === 0) misfits.push(`problem "${problem.clientStatement}" names no diagnosis`);
        for (const code of codes) if (!activeCodes.has(code)) misfits.push(`problem addresses ${code}, which the client does not have`);
      }
      for (const { problem, objective, intervention } of interventionsOf(plan.content)) {
        const text = `${objective.description} ${intervention.description}`.toLowerCase();
        for (const [medication, categories] of Object.entries(indications)) {
          if (text.includes(medication) && !hasActive(dx, categories)) misfits.push(`${medication} without ${categories.join('/')}: ${intervention.description}`);
        }
        if (intervention.modality === Modality.MEDICATION_FOR_ADDICTION_TREATMENT) {
          if (!hasActive(dx, ['F10', 'F11'])) misfits.push(`MAT without an opioid or alcohol use disorder: ${intervention.description}`);
          if (!(problem.addressesDiagnosisCodes ?? []).some((c) => c.startsWith('F10') || c.startsWith('F11'))) misfits.push('MAT under a problem that is not about opioids or alcohol');
        }
        if (intervention.modality === Modality.CONTINGENCY_MANAGEMENT && !hasActive(dx, ['F14', 'F15'])) misfits.push(`contingency management without a stimulant use disorder`);
      }
    }
    expect(misfits).toEqual([]);

    // Every active substance-use and mental-health diagnosis is worked on in the latest plan version.
    const latest = new Map<string, CarePlanContent>();
    for (const plan of [...plans].sort((a, b) => a.plan_version - b.plan_version)) latest.set(plan.client_id, plan.content);
    const unaddressed: string[] = [];
    for (const [clientId, dx] of dxOf) {
      const addressed = new Set(latest.get(clientId)!.problems.flatMap((p) => p.addressesDiagnosisCodes ?? []));
      for (const d of dx) if ((isActiveNonNicotineSubstanceUse(d) || isActiveMentalHealth(d)) && !addressed.has(d.icd10Code)) unaddressed.push(`${clientId} ${d.icd10Code}`);
    }
    expect(unaddressed).toEqual([]);

    // MAT is in use, each medication with its own disorder: buprenorphine or methadone for opioids, something for alcohol.
    const allText = plans.flatMap((p) => interventionsOf(p.content).map((i) => i.intervention.description.toLowerCase()));
    expect(allText.some((d) => d.includes('buprenorphine') || d.includes('methadone'))).toBe(true);
    expect(allText.some((d) => d.includes('acamprosate') || d.includes('naltrexone') || d.includes('disulfiram'))).toBe(true);
    expect(allText.some((d) => d.includes('contingency management'))).toBe(true);

    // One signed plan predates its client's mental-health diagnosis; the revision adding it awaits sign-off.
    const gaps = [...dxOf].filter(([clientId, dx]) => {
      const active = plans.find((p) => p.client_id === clientId && p.status === CarePlanStatus.ACTIVE);
      return active && integratedCareGap(dx, active.content) !== null;
    });
    expect(gaps).toHaveLength(1);
    expect(plans.some((p) => p.client_id === gaps[0]![0] && p.status === CarePlanStatus.PENDING_REVIEW)).toBe(true);
  });

  it('keeps each goal’s objectives its own: a community goal has community objectives', async () => {
    const templates = allGoalTemplates();
    const plans = await q<{ content: CarePlanContent }>(`SELECT content FROM care_plan`);
    const strays: string[] = [];
    let goals = 0;
    for (const goal of plans.flatMap((p) => p.content.problems.flatMap((pr) => pr.goals))) {
      goals++;
      const template = templates.find((t) => t.description === goal.description);
      if (!template) {
        strays.push(`unknown goal "${goal.description}"`);
        continue;
      }
      const own = template.objectives.map((o) => new RegExp(`^${o.description.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{meetings}', '.+')}$`));
      for (const objective of goal.objectives) if (!own.some((re) => re.test(objective.description))) strays.push(`"${objective.description}" under "${goal.description}"`);
    }
    expect(goals).toBeGreaterThan(120);
    expect(strays).toEqual([]);
    const community = plans.flatMap((p) => p.content.problems.flatMap((pr) => pr.goals)).filter((g) => /community/i.test(g.description));
    expect(community.length).toBeGreaterThan(0);
    expect(community.flatMap((g) => g.objectives).filter((o) => /medication|prescri|dose/i.test(o.description))).toEqual([]);
  });

  it('spreads dual-diagnosis clients across every counselor’s caseload', async () => {
    const dxOf = await diagnosesByClient();
    const assignments = await q<{ client_id: string; staff_user_id: string; current: boolean }>(
      `SELECT DISTINCT ON (client_id) client_id, staff_user_id, ended_on IS NULL AS current
         FROM care_team_assignment WHERE role = 'COUNSELOR' ORDER BY client_id, started_on DESC`,
    );
    const dualBy = new Map<string, { all: number; current: number }>();
    let total = 0;
    for (const a of assignments) {
      const counts = dualBy.get(a.staff_user_id) ?? { all: 0, current: 0 };
      dualBy.set(a.staff_user_id, counts);
      if (!isDualDiagnosis(dxOf.get(a.client_id) ?? [])) continue;
      total++;
      counts.all++;
      if (a.current) counts.current++;
    }
    expect(dualBy.size).toBe(3);
    for (const counts of dualBy.values()) {
      expect(counts.all).toBeGreaterThanOrEqual(4);
      expect(counts.all).toBeLessThanOrEqual(total / 2);
      expect(counts.current).toBeGreaterThanOrEqual(1);
    }
  });

  it('writes varied, plausible notes and never placeholder text', async () => {
    const placeholder = /lorem|ipsum|dolor sit|\bnotes?\b|\btodo\b|\btbd\b|\btest(ing)?\b|placeholder|synthetic|\bdemo\b|\bxxx\b|\bfoo\b|\bfake\b|faker/i;
    const notes = await q<{ source: string; text: string }>(
      `SELECT 'check-in' AS source, note AS text FROM check_in WHERE note IS NOT NULL
       UNION ALL SELECT 'peer contact', note FROM peer_contact WHERE note IS NOT NULL
       UNION ALL SELECT 'family event', note FROM family_engagement_event WHERE note IS NOT NULL
       UNION ALL SELECT 'support member', note FROM support_network_member WHERE note IS NOT NULL
       UNION ALL SELECT 'plan return', return_comment FROM care_plan WHERE return_comment IS NOT NULL
       UNION ALL SELECT 'plan sign-off', sign_off_comment FROM care_plan WHERE sign_off_comment IS NOT NULL
       UNION ALL SELECT 'progress note', s.value FROM progress_note n, jsonb_each_text(n.sections) s WHERE s.value <> ''
       UNION ALL SELECT 'addendum', body FROM progress_note_addendum`,
    );
    expect(notes.filter((n) => placeholder.test(n.text) || n.text.trim().length < 10)).toEqual([]);
    const bySource = (source: string) => notes.filter((n) => n.source === source).map((n) => n.text);
    expect(bySource('check-in').length).toBeGreaterThan(200);
    expect(new Set(bySource('check-in')).size).toBeGreaterThan(40);
    expect(new Set(bySource('peer contact')).size).toBeGreaterThan(15);
    expect(new Set(bySource('family event')).size).toBeGreaterThan(8);
    const silentEvents = await q<{ count: string }>(`SELECT count(*) FROM family_engagement_event WHERE note IS NULL`);
    expect(Number(silentEvents[0]!.count)).toBe(0);
  });

  it('reports use only of substances the client is diagnosed with, and lapses with their triggers', async () => {
    const dxOf = await diagnosesByClient();
    const categoryOf: Record<string, string> = { alcohol: 'F10', opioids: 'F11', cannabis: 'F12', cocaine: 'F14', methamphetamine: 'F15' };
    const used = await q<{ client_id: string; substances: string[]; triggers: string[]; channel: string; recorded_by_id: string | null }>(
      `SELECT client_id, substances, triggers::text[] AS triggers, channel, recorded_by_id FROM check_in WHERE used_substances`,
    );
    expect(used.length).toBeGreaterThan(20);
    const strays = used.flatMap((c) => c.substances.filter((s) => !categoryOf[s] || !hasActive(dxOf.get(c.client_id) ?? [], [categoryOf[s]!])));
    expect(strays).toEqual([]);
    expect(used.filter((c) => c.triggers.length === 0)).toEqual([]);
    const appByStaff = await q<{ count: string }>(`SELECT count(*) FROM check_in WHERE channel = 'APP' AND recorded_by_id IS NOT NULL`);
    expect(Number(appByStaff[0]!.count)).toBe(0);
  });

  it('puts BAM use days on the client’s own substance: drinking only with an alcohol diagnosis, drug days only with a drug one', async () => {
    const dxOf = await diagnosesByClient();
    // BAM answers in form order: items 1–6 (index 0–5), 7A–7G (6–12), 8–17 (13–22).
    // 7A marijuana, 7C cocaine, 7D stimulants, 7E opiates, by their answer index.
    const itemCategory: Record<number, string[]> = { 6: ['F12'], 8: ['F14'], 9: ['F15'], 10: ['F11'] };
    const bams = await q<{ client_id: string; answers: number[] }>(`SELECT client_id, answers FROM measure_administration WHERE instrument = 'BAM'`);
    expect(bams.length).toBeGreaterThan(20);
    const strays = bams.filter((bam) => {
      const dx = dxOf.get(bam.client_id) ?? [];
      const drinking = bam.answers[3]! > 0 && !hasActive(dx, ['F10']);
      const drugs = Object.entries(itemCategory).some(([index, codes]) => bam.answers[Number(index)]! > 0 && !hasActive(dx, codes));
      return drinking || drugs;
    });
    expect(strays).toEqual([]);
  });
  describe('progress notes', () => {
    type NoteRow = {
      id: string;
      client_id: string;
      author_email: string;
      requires_cosignature: boolean;
      author_supervisor_id: string | null;
      format: ProgressNoteFormat;
      session_date: string;
      start_time: string | null;
      duration_minutes: number | null;
      attendance: SessionAttendance;
      sections: Record<string, string>;
      status: 'DRAFT' | 'SIGNED';
      signed_at: Date | null;
      cosignature_required: boolean;
      cosigned_at: Date | null;
      cosigned_by_id: string | null;
    };
    const notes = () =>
      q<NoteRow>(
        `SELECT n.id, n.client_id, s.email AS author_email, s.requires_cosignature, s.supervisor_id AS author_supervisor_id, n.format,
                n.session_date::text, n.start_time::text, n.duration_minutes, n.attendance, n.sections, n.status, n.signed_at,
                n.cosignature_required, n.cosigned_at, n.cosigned_by_id
           FROM progress_note n JOIN staff_user s ON s.id = n.author_id`,
      );

    it('writes notes in DAP, SOAP and BIRP for every client with an active plan, signed ones complete', async () => {
      const all = await notes();
      expect(new Set(all.map((n) => n.format))).toEqual(new Set([ProgressNoteFormat.DAP, ProgressNoteFormat.SOAP, ProgressNoteFormat.BIRP]));
      // Every client whose plan was signed more than a week ago has notes; those with three sessions or more, in all three formats.
      const withoutNotes = await q(
        `SELECT p.client_id FROM care_plan p WHERE p.status = 'ACTIVE' AND p.signed_at < '${TODAY}'::date - 7
           AND NOT EXISTS (SELECT 1 FROM progress_note n WHERE n.client_id = p.client_id)`,
      );
      expect(withoutNotes).toEqual([]);
      const formatsBy = new Map<string, Set<string>>();
      for (const n of all.filter((x) => x.attendance === SessionAttendance.ATTENDED)) formatsBy.set(n.client_id, (formatsBy.get(n.client_id) ?? new Set()).add(n.format));
      const attendedCount = (clientId: string) => all.filter((n) => n.client_id === clientId && n.attendance === SessionAttendance.ATTENDED).length;
      expect([...formatsBy].filter(([clientId, formats]) => attendedCount(clientId) >= 3 && formats.size < 3)).toEqual([]);
      expect(all.length).toBeGreaterThan(200);
      // Signed notes pass the signing rules the API applies (sections, time, duration); missed sessions carry only a plan.
      const incomplete = all
        .filter((n) => n.status === 'SIGNED')
        .filter((n) =>
          progressNoteSigningProblems(
            {
              format: n.format,
              attendance: n.attendance,
              sessionDate: n.session_date,
              startTime: n.start_time,
              durationMinutes: n.duration_minutes,
              sections: Object.entries(n.sections).map(([key, text]) => ({ key, text })),
            },
            TODAY,
          ).length > 0,
        );
      expect(incomplete.map((n) => n.id)).toEqual([]);
      const missed = all.filter((n) => n.attendance !== SessionAttendance.ATTENDED);
      expect(missed.length).toBeGreaterThan(5);
      expect(missed.filter((n) => n.duration_minutes !== null || Object.entries(n.sections).some(([key, text]) => key !== 'plan' && text !== ''))).toEqual([]);
      expect(new Set(missed.map((n) => n.attendance))).toEqual(
        new Set([SessionAttendance.NO_SHOW, SessionAttendance.CANCELLED_BY_CLIENT, SessionAttendance.CANCELLED_BY_PROGRAM]),
      );
      // Varied wording, never a template left unfilled.
      const texts = all.flatMap((n) => Object.values(n.sections)).filter(Boolean);
      expect(texts.filter((text) => /\{\{|\}\}|\$\{|undefined|\bnull\b|NaN|\[object|\bTODO\b|lorem/i.test(text))).toEqual([]);
      expect(new Set(all.filter((n) => n.attendance === SessionAttendance.ATTENDED).map((n) => Object.values(n.sections).join('|'))).size).toBe(
        all.filter((n) => n.attendance === SessionAttendance.ATTENDED).length,
      );
    });

    it('links each session to one or two objectives of its own client’s active plan, with ratings that follow the client’s check-ins', async () => {
      const all = await notes();
      const links = await q<{
        note_id: string;
        objective_id: string;
        care_plan_id: string;
        objective_description: string;
        progress: ObjectiveProgressRating;
        interventions: Array<{ id: string; description: string }>;
      }>(`SELECT note_id, objective_id, care_plan_id, objective_description, progress, interventions FROM progress_note_objective`);
      const plans = new Map(
        (await q<{ id: string; client_id: string; status: string; content: CarePlanContent }>(`SELECT id, client_id, status, content FROM care_plan`)).map((p) => [p.id, p]),
      );
      const noteById = new Map(all.map((n) => [n.id, n]));
      const strays: string[] = [];
      for (const link of links) {
        const note = noteById.get(link.note_id)!;
        const plan = plans.get(link.care_plan_id);
        if (!plan || plan.client_id !== note.client_id || plan.status !== 'ACTIVE') {
          strays.push(`${link.note_id}: plan ${link.care_plan_id} is not the client's active plan`);
          continue;
        }
        const objective = plan.content.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives)).find((o) => o.id === link.objective_id);
        if (!objective) strays.push(`${link.note_id}: objective ${link.objective_id} is not in the plan`);
        else {
          if (objective.description !== link.objective_description) strays.push(`${link.note_id}: description differs from the plan`);
          for (const i of link.interventions) {
            const planned = objective.interventions.find((x) => x.id === i.id);
            if (!planned || planned.description !== i.description) strays.push(`${link.note_id}: intervention ${i.id} is not under the objective`);
          }
        }
      }
      expect(strays).toEqual([]);
      const count = (noteId: string) => links.filter((l) => l.note_id === noteId).length;
      expect(all.filter((n) => n.attendance === SessionAttendance.ATTENDED && (count(n.id) < 1 || count(n.id) > 2)).map((n) => n.id)).toEqual([]);
      expect(all.filter((n) => n.attendance !== SessionAttendance.ATTENDED && count(n.id) > 0).map((n) => n.id)).toEqual([]);
      expect(new Set(links.map((l) => l.progress))).toEqual(new Set(Object.values(ObjectiveProgressRating)));
      // A setback is rated only where the client's check-ins report use in the week before the session.
      const unexplained = await q(
        `SELECT o.note_id FROM progress_note_objective o JOIN progress_note n ON n.id = o.note_id
          WHERE o.progress = 'REGRESSED' AND NOT EXISTS (
            SELECT 1 FROM check_in ci WHERE ci.client_id = n.client_id AND ci.used_substances
               AND ci.occurred_at::date >= n.session_date - 7 AND ci.occurred_at::date < n.session_date)`,
      );
      expect(unexplained).toEqual([]);
    });

    it('leaves each counselor a draft or two, adds addenda after signing, and keeps the associate licensee’s latest notes waiting for co-signature', async () => {
      const all = await notes();
      for (const email of DEMO_LOGINS.counselors) {
        const drafts = all.filter((n) => n.author_email === email && n.status === 'DRAFT');
        expect([email, drafts.length >= 1 && drafts.length <= 2]).toEqual([email, true]);
      }
      const [supervisor] = await q<{ id: string }>(`SELECT id FROM staff_user WHERE email = '${DEMO_LOGINS.supervisor}'`);
      const waiting = all.filter((n) => n.status === 'SIGNED' && n.cosignature_required && n.cosigned_at === null);
      expect(waiting.length).toBeGreaterThanOrEqual(1);
      expect(waiting.filter((n) => !n.requires_cosignature || n.author_supervisor_id !== supervisor!.id)).toEqual([]);
      expect(new Set(all.filter((n) => n.requires_cosignature).map((n) => n.author_email))).toEqual(new Set([DEMO_LOGINS.counselors[2]]));
      // Casey's older notes were co-signed by the supervisor; only the latest wait. Nobody else's need it.
      const casey = all.filter((n) => n.author_email === DEMO_LOGINS.counselors[2] && n.status === 'SIGNED');
      const cosigned = casey.filter((n) => n.cosigned_at !== null);
      expect(cosigned.length).toBeGreaterThan(0);
      expect(cosigned.filter((n) => n.cosigned_by_id !== supervisor!.id || n.cosigned_at! <= n.signed_at!)).toEqual([]);
      expect(Math.max(...cosigned.map((n) => n.signed_at!.getTime()))).toBeLessThan(Math.min(...waiting.map((n) => n.signed_at!.getTime())));
      expect(all.filter((n) => n.author_email !== DEMO_LOGINS.counselors[2] && n.cosignature_required)).toEqual([]);

      const addenda = await q<{ body: string; signed_at: Date; note_signed_at: Date | null; same_author: boolean }>(
        `SELECT a.body, a.signed_at, n.signed_at AS note_signed_at, a.author_id = n.author_id AS same_author
           FROM progress_note_addendum a JOIN progress_note n ON n.id = a.note_id`,
      );
      expect(addenda.length).toBeGreaterThanOrEqual(3);
      expect(addenda.filter((a) => !a.note_signed_at || a.signed_at <= a.note_signed_at || !a.same_author)).toEqual([]);
      expect(addenda.some((a) => a.body.startsWith('Late entry:'))).toBe(true);
    });

    it('raises the missed-sessions flag for exactly one client, on Avery’s caseload', async () => {
      const noShows = await q<{ client_id: string; status: string; admission_date: string; dates: string[]; counselor: string }>(
        `SELECT c.id AS client_id, c.status, c.admission_date::text, array_agg(n.session_date::text) AS dates,
                (SELECT s.email FROM care_team_assignment a JOIN staff_user s ON s.id = a.staff_user_id
                  WHERE a.client_id = c.id AND a.role = 'COUNSELOR' AND a.ended_on IS NULL) AS counselor
           FROM progress_note n JOIN client c ON c.id = n.client_id
          WHERE n.attendance = 'NO_SHOW' GROUP BY c.id`,
      );
      // The flag rule from shared/domain, fed each client's no-shows, on the seed's day.
      const flagged = noShows.filter(
        (c) =>
          c.status !== 'DISCHARGED' &&
          riskFlags({
            today: TODAY,
            admissionDate: c.admission_date,
            recentCheckIns: [],
            latestPhq9: null,
            carePlanReviewDueOn: null,
            peerAssignedSince: null,
            lastPeerContactOn: null,
            supportNetworkStances: [],
            noShowDates: c.dates,
          }).some((f) => f.code === RiskFlagCode.MISSED_SESSIONS),
      );
      expect(flagged.map((c) => c.counselor)).toEqual([DEMO_LOGINS.counselors[0]]);
      const [windowCounts] = await q<{ clients: number }>(
        `SELECT count(*)::int AS clients FROM (SELECT client_id FROM progress_note
            WHERE attendance = 'NO_SHOW' AND session_date BETWEEN '${TODAY}'::date - 30 AND '${TODAY}'::date
            GROUP BY client_id HAVING count(*) >= 2) x`,
      );
      expect(windowCounts!.clients).toBe(1);
    });

    it('is deterministic: the same day gives the same notes', async () => {
      const written = (app: TestApp) =>
        app.dataSource.query(
          `SELECT c.last_name, c.first_name, n.session_date::text, n.format, n.attendance, n.status, n.sections,
                  (SELECT string_agg(o.progress || ':' || o.objective_description, '|' ORDER BY o.position) FROM progress_note_objective o WHERE o.note_id = n.id) AS objectives
             FROM progress_note n JOIN client c ON c.id = n.client_id ORDER BY c.last_name, c.first_name, n.session_date, n.start_time`,
        );
      expect(await written(second)).toEqual(await written(t));
    });
  });
});
