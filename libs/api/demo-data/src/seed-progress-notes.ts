import { addDays, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import {
  CheckInTrigger,
  ClientStatus,
  DischargeReason,
  Modality,
  ObjectiveProgressRating,
  ObjectiveStatus,
  ProgressNoteFormat,
  ProgressNoteStatus,
  SessionAttendance,
  SessionType,
  SupportRelationship,
  toIsoDate,
  type CarePlanContent,
  type CarePlanObjective,
  type IsoDate,
} from '@carecircle/shared/domain';
import type { StaffUserEntity } from '@carecircle/api/auth';
import type { ClientEntity } from '@carecircle/api/clients';
import { ProgressNoteAddendumEntity, ProgressNoteEntity, ProgressNoteObjectiveEntity } from '@carecircle/api/progress-notes';
import type { ClientClinicalStory } from './seed-clinical-records';
import { SubstanceKind } from './clinical-story-templates';
import {
  AddendumKind,
  ObjectiveKind,
  addendumText,
  attendedSections,
  draftSections,
  missedSections,
  objectiveKind,
  type AddressedObjectiveFacts,
  type ScoreFacts,
  type SessionFacts,
  type WeekFacts,
} from './progress-note-texts';
import { atTime, seedNow } from './seed-clock';
import { SeededRandom } from './seeded-random';

/** Its own stream, so the notes do not shift what the other seeds draw. */
const PROGRESS_NOTES_SEED = 41_017;
/** Notes kept per client: the first sessions after the plan was signed and the latest weeks. */
const EARLY_SESSIONS = 2;
const RECENT_SESSIONS = 6;
const FORMATS = [ProgressNoteFormat.DAP, ProgressNoteFormat.SOAP, ProgressNoteFormat.BIRP] as const;

const shift = (date: IsoDate, days: number): IsoDate => toIsoDate(addDays(parseISO(date), days));
const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000);

export interface ProgressNotesSeedContext {
  manager: EntityManager;
  today: IsoDate;
  clients: readonly ClientEntity[];
  counselors: readonly StaffUserEntity[];
  counselorOf: ReadonlyMap<string, StaffUserEntity>;
  peerOf: ReadonlyMap<string, StaffUserEntity>;
  supervisor: StaffUserEntity;
  stories: ReadonlyMap<string, ClientClinicalStory>;
  /** The counselor whose caseload holds the client with two recent no-shows. */
  noShowCounselor: StaffUserEntity;
  progress: (message: string) => void;
}

export interface ProgressNotesSeedSummary {
  notes: number;
  drafts: number;
  addenda: number;
  awaitingCosignature: number;
  /** The client whose two no-shows in the last 30 days raise MISSED_SESSIONS. */
  missedSessionsClientId: string | null;
}

interface CheckInRow {
  client_id: string;
  on_date: IsoDate;
  craving: number | null;
  mood: number | null;
  used_substances: boolean;
  attended_meeting: boolean;
  triggers: CheckInTrigger[];
}

interface MeasureRow {
  client_id: string;
  instrument: 'PHQ_9' | 'GAD_7' | 'BARC_10';
  on_date: IsoDate;
  total: number;
  item9: number | null;
}

interface PlannedObjective {
  objective: CarePlanObjective;
  kind: ObjectiveKind;
}

interface PlannedNote {
  row: Partial<ProgressNoteEntity> & {
    id: string;
    authorId: string;
    sessionDate: IsoDate;
  };
  links: Array<Partial<ProgressNoteObjectiveEntity>>;
  facts: SessionFacts;
  signedAt: Date | null;
}

/**
 * Progress notes for every client with an active care plan, written by the counselor who held the
 * client on the session's date: about weekly sessions from the plan's signing (individual, group for
 * intensive outpatient, family where the plan works with the family), in DAP, SOAP and BIRP, each
 * linked to the plan objectives it addressed with a rating that follows the client's own check-ins
 * and measures. Most are signed; each counselor has a draft or two; the associate licensee's notes
 * are co-signed by the supervisor except the latest, which wait in the queue; a few addenda; one
 * client on `noShowCounselor`'s caseload missed two sessions in the last 30 days.
 *
 * Written the way the API would leave them, within the lock triggers: inserted as drafts with their
 * objective links, then signed, then co-signed, then addenda.
 */
export async function seedProgressNotes(ctx: ProgressNotesSeedContext): Promise<ProgressNotesSeedSummary> {
  ctx.progress('Writing progress notes for each client’s sessions…');
  const { manager, today } = ctx;
  const random = new SeededRandom(PROGRESS_NOTES_SEED);
  const now = seedNow(today);
  const yesterday = shift(today, -1);
  const ids = ctx.clients.map((c) => c.id);

  const plans = new Map<string, { id: string; content: CarePlanContent; signedOn: IsoDate }>();
  for (const p of (await manager.query(
    `SELECT id, client_id, content, signed_at FROM care_plan WHERE status = 'ACTIVE' AND client_id = ANY($1::uuid[])`,
    [ids],
  )) as Array<{
    id: string;
    client_id: string;
    content: CarePlanContent;
    signed_at: Date;
  }>) {
    plans.set(p.client_id, {
      id: p.id,
      content: p.content,
      signedOn: toIsoDate(p.signed_at),
    });
  }
  const assignments = (await manager.query(
    `SELECT client_id, staff_user_id, started_on::text, ended_on::text FROM care_team_assignment
      WHERE role = 'COUNSELOR' AND client_id = ANY($1::uuid[]) ORDER BY started_on`,
    [ids],
  )) as Array<{
    client_id: string;
    staff_user_id: string;
    started_on: IsoDate;
    ended_on: IsoDate | null;
  }>;
  const checkIns = groupBy(
    (await manager.query(
      `SELECT client_id, occurred_at::date::text AS on_date, craving, mood, used_substances, attended_meeting,
              triggers::text[] AS triggers
         FROM check_in WHERE client_id = ANY($1::uuid[]) ORDER BY occurred_at`,
      [ids],
    )) as CheckInRow[],
  );
  const measures = groupBy(
    (await manager.query(
      `SELECT client_id, instrument, administered_on::text AS on_date, total, CASE WHEN instrument = 'PHQ_9' THEN answers[9] END AS item9
         FROM measure_administration WHERE instrument IN ('PHQ_9', 'GAD_7', 'BARC_10') AND client_id = ANY($1::uuid[]) ORDER BY administered_on`,
      [ids],
    )) as MeasureRow[],
  );
  const families = groupBy(
    (await manager.query(
      `SELECT client_id, name, relationship FROM support_network_member
        WHERE client_id = ANY($1::uuid[]) AND stance = 'SUPPORTIVE' AND removed_at IS NULL AND relationship::text = ANY($2::text[])
        ORDER BY involved_in_treatment DESC, name`,
      [ids, Object.keys(FAMILY_WORDS)],
    )) as Array<{
      client_id: string;
      name: string;
      relationship: SupportRelationship;
    }>,
  );
  const staffById = new Map([...ctx.counselors, ctx.supervisor].map((s) => [s.id, s]));

  const missedSessionsClient = chooseMissedSessionsClient(ctx, plans, checkIns);

  const notes: PlannedNote[] = [];
  for (const client of ctx.clients) {
    const plan = plans.get(client.id);
    const story = ctx.stories.get(client.id);
    if (!plan || !story) continue;
    const last = client.dischargeDate && client.dischargeDate < yesterday ? client.dischargeDate : yesterday;
    let dates: IsoDate[] = [];
    for (let on = shift(plan.signedOn, random.int(1, 3)); on <= last; on = shift(on, 7 + random.int(-1, 1))) dates.push(weekday(on));
    dates = [...new Set(dates)].filter((d) => d <= last);
    if (dates.length > EARLY_SESSIONS + RECENT_SESSIONS) dates = [...dates.slice(0, EARLY_SESSIONS), ...dates.slice(-RECENT_SESSIONS)];
    if (dates.length === 0) continue;

    const objectives: PlannedObjective[] = plan.content.problems.flatMap((p) =>
      p.goals.flatMap((g) =>
        g.objectives.map((objective) => ({
          objective,
          kind: objectiveKind(objective.description),
        })),
      ),
    );
    const iop = client.levelOfCare.startsWith('INTENSIVE') || client.levelOfCare.startsWith('PARTIAL');
    const familyMember = families.get(client.id)?.[0];
    const familyObjectives = objectives.filter(
      (o) => o.kind === ObjectiveKind.FAMILY || o.objective.interventions.some((i) => i.modality === Modality.FAMILY_THERAPY),
    );
    const missedSessionsStory = client.id === missedSessionsClient;
    const droppedOut = client.dischargeReason === DischargeReason.DROPPED_OUT;
    // The two sessions before the latest one within the last four weeks are missed; the client came back for the latest.
    const withinMonth = dates.filter((d) => d >= shift(today, -28));
    const missed = missedSessionsStory ? (withinMonth.length >= 3 ? withinMonth.slice(-3, -1) : withinMonth.slice(-2)) : [];
    const formatOffset = random.int(0, 2);
    const peer = ctx.peerOf.get(client.id);
    const metObjectives = new Set<string>();
    let noShows = 0;
    let consecutiveNoShows = 0;
    let attendedCount = 0;

    for (const [index, sessionDate] of dates.entries()) {
      const authorId = counselorOn(assignments, client, sessionDate) ?? ctx.counselorOf.get(client.id)!.id;
      const isLast = index === dates.length - 1;
      let attendance = SessionAttendance.ATTENDED;
      if (missedSessionsStory) {
        if (missed.includes(sessionDate)) attendance = SessionAttendance.NO_SHOW;
      } else if (droppedOut && isLast && client.status === ClientStatus.DISCHARGED) {
        attendance = SessionAttendance.NO_SHOW;
      } else if (index > 0) {
        attendance = random.weighted([
          [SessionAttendance.ATTENDED, 90],
          [SessionAttendance.CANCELLED_BY_CLIENT, 4],
          [SessionAttendance.CANCELLED_BY_PROGRAM, 2],
          // At most one no-show for every other client, so only the intended one reaches the flag.
          [SessionAttendance.NO_SHOW, noShows === 0 && !droppedOut ? 3 : 0],
        ]);
      }
      if (attendance === SessionAttendance.NO_SHOW) noShows++;
      const noShowRun = consecutiveNoShows;
      consecutiveNoShows =
        attendance === SessionAttendance.NO_SHOW
          ? consecutiveNoShows + 1
          : attendance === SessionAttendance.ATTENDED
            ? 0
            : consecutiveNoShows;

      let sessionType = SessionType.INDIVIDUAL;
      if (familyMember && familyObjectives.length && index % 4 === 2) sessionType = SessionType.FAMILY;
      else if (iop && index % 3 === 1) sessionType = SessionType.GROUP;
      else if (objectives.some((o) => o.kind === ObjectiveKind.WORK) && index % 5 === 3) sessionType = SessionType.CASE_MANAGEMENT;

      // Sessions that took place rotate through the three templates; a missed one takes any.
      const format =
        attendance === SessionAttendance.ATTENDED ? FORMATS[(attendedCount + formatOffset) % FORMATS.length]! : random.pick(FORMATS);
      const startHour = sessionType === SessionType.GROUP ? random.pick([9, 17]) : random.int(9, 16);
      const startMinute = random.pick([0, 0, 30]);
      const startTime = `${pad(startHour)}:${pad(startMinute)}`;
      const week = weekFacts(checkIns.get(client.id) ?? [], sessionDate);
      const progressShare = dates.length > 1 ? index / (dates.length - 1) : 0;
      const measureFacts = latestMeasures(measures.get(client.id) ?? [], sessionDate);

      const addressed: Array<{
        planned: PlannedObjective;
        rating: ObjectiveProgressRating;
        interventions: CarePlanObjective['interventions'];
      }> = [];
      if (attendance === SessionAttendance.ATTENDED) {
        for (const planned of chooseObjectives(random, objectives, familyObjectives, sessionType, attendedCount)) {
          const rating = rate(random, planned, week, measureFacts, progressShare, metObjectives);
          if (rating === ObjectiveProgressRating.MET) metObjectives.add(planned.objective.id);
          // What the counselor delivered: the peer worker's own interventions are theirs to record.
          // Family work only in a family session.
          const delivered = planned.objective.interventions
            .filter(
              (i) =>
                i.modality !== Modality.PEER_RECOVERY_SUPPORT &&
                (sessionType === SessionType.FAMILY || i.modality !== Modality.FAMILY_THERAPY),
            )
            .slice(0, 2);
          addressed.push({ planned, rating, interventions: delivered });
        }
        attendedCount++;
      }
      const screenDue =
        attendance === SessionAttendance.ATTENDED &&
        addressed.some(
          (a) =>
            a.planned.kind === ObjectiveKind.SCREENS ||
            (a.planned.kind === ObjectiveKind.MEDICATION && story.substance.kind === SubstanceKind.OPIOIDS),
        );
      const mentalHealth = story.mentalHealth.map((m) => m.key);
      const wantsMood = mentalHealth.length > 0 || addressed.some((a) => a.planned.kind === ObjectiveKind.MOOD) || random.chance(0.3);
      const facts: SessionFacts = {
        name: client.preferredName ?? client.firstName,
        ...pronounsOf(client.pronouns),
        substance: story.substance,
        medication: story.medication?.name ?? null,
        mentalHealth,
        sessionType,
        familyMember: familyMember
          ? {
              name: familyMember.name.split(' ')[0]!,
              relation: FAMILY_WORDS[familyMember.relationship] ?? 'relative',
            }
          : null,
        peerName: peer ? peer.displayName.split(' ')[0]! : null,
        week,
        phq9: measureFacts.phq9 && (wantsMood || measureFacts.phq9.item9 > 0) ? measureFacts.phq9 : null,
        gad7:
          measureFacts.gad7 &&
          (mentalHealth.includes('generalized anxiety') || addressed.some((a) => a.planned.kind === ObjectiveKind.ANXIETY))
            ? measureFacts.gad7
            : null,
        barc10: measureFacts.barc10 && random.chance(0.3) ? measureFacts.barc10 : null,
        screen: screenDue
          ? {
              positive: recentUse(checkIns.get(client.id) ?? [], sessionDate, 4),
            }
          : null,
        objectives: addressed.map((a): AddressedObjectiveFacts => ({
          kind: a.planned.kind,
          description: a.planned.objective.description,
          rating: a.rating,
          interventions: a.interventions,
        })),
        sessionNumber: index + 1,
        missedBefore: noShowRun,
      };

      const attended = attendance === SessionAttendance.ATTENDED;
      const duration = !attended
        ? null
        : sessionType === SessionType.GROUP
          ? random.pick([90, 120, 180])
          : sessionType === SessionType.CASE_MANAGEMENT
            ? random.pick([20, 25, 30])
            : random.pick([45, 50, 53, 55, 60]);
      const sections = attended
        ? attendedSections(random, format, facts)
        : missedSections(random, format, attendance, {
            ...facts,
            startTime,
            secondNoShowInMonth: missedSessionsStory && noShows === 2,
          });
      const sessionEnd = atTime(sessionDate, startHour, startMinute + (duration ?? 15));
      const modality =
        sessionType === SessionType.FAMILY
          ? Modality.FAMILY_THERAPY
          : attended
            ? (addressed[0]?.interventions[0]?.modality ?? Modality.OTHER)
            : null;
      const id = random.uuid();
      notes.push({
        row: {
          id,
          organizationId: client.organizationId,
          clientId: client.id,
          authorId,
          format,
          sessionType,
          sessionDate,
          startTime: `${startTime}:00`,
          durationMinutes: duration,
          attendance,
          modality,
          sections,
          status: ProgressNoteStatus.DRAFT,
          signedAt: null,
          cosignatureRequired: false,
          cosignedAt: null,
          cosignedById: null,
          // Autosaves while it was written; signing and co-signing add one each below.
          version: random.int(2, 6),
          createdAt: sessionEnd,
          updatedAt: sessionEnd,
          updatedById: authorId,
        },
        links: addressed.map((a, position) => ({
          noteId: id,
          objectiveId: a.planned.objective.id,
          carePlanId: plan.id,
          objectiveDescription: a.planned.objective.description,
          progress: a.rating,
          interventions: a.interventions.map((i) => ({
            id: i.id,
            description: i.description,
          })),
          position,
        })),
        facts,
        signedAt: signingTime(random, sessionDate, sessionEnd, now),
      });
    }
  }

  // Each counselor's latest session with one or two current clients is still a draft, part-written.
  const drafts = new Set<string>();
  for (const [i, counselor] of ctx.counselors.entries()) {
    const latestByClient = new Map<string, PlannedNote>();
    for (const note of notes) if (note.row.authorId === counselor.id) latestByClient.set(note.row.clientId!, note);
    const candidates = [...latestByClient.values()].filter(
      (n) =>
        n.row.attendance === SessionAttendance.ATTENDED &&
        n.row.clientId !== missedSessionsClient &&
        ctx.counselorOf.get(n.row.clientId!)?.id === counselor.id &&
        daysBetween(n.row.sessionDate, today) <= 10,
    );
    candidates.sort((a, b) => (a.row.sessionDate < b.row.sessionDate ? 1 : a.row.sessionDate > b.row.sessionDate ? -1 : 0));
    for (const note of candidates.slice(0, i % 2 === 0 ? 2 : 1)) {
      drafts.add(note.row.id);
      note.signedAt = null;
      note.row.sections = draftSections(random, note.row.format!, note.facts);
      if (random.chance(0.5)) note.row.durationMinutes = null;
      note.row.updatedAt = new Date(Math.min(now.getTime() - 60_000, note.row.createdAt!.getTime() + 20 * 60_000));
    }
  }
  // Late documentation: signed soon after the session, never at or after the seed's now.
  for (const note of notes) {
    if (!drafts.has(note.row.id) && !note.signedAt)
      note.signedAt = new Date(Math.min(note.row.createdAt!.getTime() + 30 * 60_000, now.getTime() - 60_000));
  }

  ctx.progress(`  ${notes.length} progress notes, ${drafts.size} of them drafts…`);
  await insertChunks(
    manager,
    ProgressNoteEntity,
    notes.map((n) => n.row),
  );
  await insertChunks(
    manager,
    ProgressNoteObjectiveEntity,
    notes.flatMap((n) => n.links),
  );

  // Sign: the lock trigger refuses objective links on a signed note, hence after them.
  const signed = notes.filter((n) => n.signedAt);
  const needsCosignature = (n: PlannedNote) => staffById.get(n.row.authorId)?.requiresCosignature === true;
  await manager.query(
    `UPDATE progress_note n SET status = 'SIGNED', signed_at = x.signed_at, cosignature_required = x.cosignature_required,
            version = n.version + 1, updated_at = x.signed_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, signed_at timestamptz, cosignature_required boolean)
      WHERE n.id = x.id`,
    [
      JSON.stringify(
        signed.map((n) => ({
          id: n.row.id,
          signed_at: n.signedAt,
          cosignature_required: needsCosignature(n),
        })),
      ),
    ],
  );

  // The supervisor co-signs within a few days; the latest notes of staff who need it are still waiting.
  const awaiting = signed.filter(needsCosignature).sort((a, b) => b.signedAt!.getTime() - a.signedAt!.getTime());
  const cosigned: Array<{ id: string; cosigned_at: Date }> = [];
  // Those waiting are the newest few: once one is co-signed, every older one is too (no later than the
  // newer one, when its own day would lie ahead of the seed's now).
  let waiting = true;
  for (const [i, note] of awaiting.entries()) {
    const at = atTime(shift(toIsoDate(note.signedAt!), random.int(1, 4)), random.int(9, 12), random.int(0, 59));
    if (waiting && (i < 2 || at >= now)) continue;
    waiting = false;
    cosigned.push({ id: note.row.id, cosigned_at: at < now ? at : cosigned[cosigned.length - 1]!.cosigned_at });
  }
  await manager.query(
    `UPDATE progress_note n SET cosigned_at = x.cosigned_at, cosigned_by_id = $2, version = n.version + 1, updated_at = x.cosigned_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, cosigned_at timestamptz) WHERE n.id = x.id`,
    [JSON.stringify(cosigned), ctx.supervisor.id],
  );

  // A few addenda, after signing, never in the future.
  const addenda: Array<Partial<ProgressNoteAddendumEntity>> = [];
  const attendedSigned = signed.filter((n) => n.row.attendance === SessionAttendance.ATTENDED);
  const pickFor = (kind: AddendumKind, fits: (n: PlannedNote) => boolean, count: number) => {
    const pool = attendedSigned.filter((n) => fits(n) && !addenda.some((a) => a.noteId === n.row.id));
    for (const note of random.sample(pool, count)) {
      const at = new Date(note.signedAt!.getTime() + random.int(2, 40) * 3_600_000);
      if (at >= now) continue;
      addenda.push({
        noteId: note.row.id,
        authorId: note.row.authorId,
        body: addendumText(random, kind, note.facts, note.row.sections!['plan'] ?? ''),
        signedAt: at,
      });
    }
  };
  pickFor(AddendumKind.LATE_CALL, (n) => n.row.sessionType === SessionType.INDIVIDUAL, 3);
  pickFor(AddendumKind.DATE_CORRECTION, (n) => /visit on \w+day/.test(n.row.sections!['plan'] ?? ''), 2);
  pickFor(AddendumKind.SCREEN_RESULT, (n) => n.facts.screen !== null, 2);
  pickFor(AddendumKind.COORDINATION, (n) => n.facts.medication !== null, 1);
  await insertChunks(manager, ProgressNoteAddendumEntity, addenda);

  return {
    notes: notes.length,
    drafts: drafts.size,
    addenda: addenda.length,
    awaitingCosignature: awaiting.length - cosigned.length,
    missedSessionsClientId: missedSessionsClient,
  };
}

const FAMILY_WORDS: Partial<Record<SupportRelationship, string>> = {
  [SupportRelationship.PARENT]: 'parent',
  [SupportRelationship.PARTNER]: 'partner',
  [SupportRelationship.SPOUSE]: 'spouse',
  [SupportRelationship.SIBLING]: 'sibling',
  [SupportRelationship.OTHER_FAMILY]: 'cousin',
};

/**
 * The client on the counselor's current caseload whose check-ins have thinned most in the last
 * three weeks (a client drifting away misses sessions too), among those in care long enough for a
 * month of weekly sessions.
 */
function chooseMissedSessionsClient(
  ctx: ProgressNotesSeedContext,
  plans: ReadonlyMap<string, { signedOn: IsoDate }>,
  checkIns: ReadonlyMap<string, CheckInRow[]>,
): string | null {
  const since = shift(ctx.today, -21);
  const candidates = ctx.clients.filter(
    (c) =>
      c.status === ClientStatus.ACTIVE &&
      ctx.counselorOf.get(c.id)?.id === ctx.noShowCounselor.id &&
      plans.has(c.id) &&
      plans.get(c.id)!.signedOn <= shift(ctx.today, -40),
  );
  const recent = (c: ClientEntity) => (checkIns.get(c.id) ?? []).filter((ci) => ci.on_date >= since).length;
  return [...candidates].sort((a, b) => recent(a) - recent(b))[0]?.id ?? null;
}

/** The counselor assigned to the client on that date in the current episode. */
function counselorOn(
  assignments: ReadonlyArray<{
    client_id: string;
    staff_user_id: string;
    started_on: IsoDate;
    ended_on: IsoDate | null;
  }>,
  client: ClientEntity,
  on: IsoDate,
): string | null {
  return (
    assignments.find(
      (a) =>
        a.client_id === client.id && a.started_on >= client.admissionDate && a.started_on <= on && (a.ended_on === null || a.ended_on > on),
    )?.staff_user_id ?? null
  );
}

function chooseObjectives(
  random: SeededRandom,
  all: readonly PlannedObjective[],
  family: readonly PlannedObjective[],
  type: SessionType,
  session: number,
): PlannedObjective[] {
  if (all.length === 0) return [];
  if (type === SessionType.FAMILY)
    return family.slice(0, 1).concat(random.chance(0.4) ? all.filter((o) => !family.includes(o)).slice(0, 1) : []);
  if (type === SessionType.GROUP) {
    const groupable = all.filter((o) =>
      o.objective.interventions.some((i) =>
        [Modality.RELAPSE_PREVENTION, Modality.DBT, Modality.TRAUMA_INFORMED, Modality.CBT, Modality.TWELVE_STEP_FACILITATION].includes(
          i.modality,
        ),
      ),
    );
    return [random.pick(groupable.length ? groupable : all)];
  }
  if (type === SessionType.CASE_MANAGEMENT) {
    const work = all.filter((o) => o.kind === ObjectiveKind.WORK);
    return [work[0] ?? all[0]!];
  }
  const first = all[session % all.length]!;
  const rest = all.filter((o) => o !== first);
  return rest.length && random.chance(0.55) ? [first, random.pick(rest)] : [first];
}

const USE_OBJECTIVES: ReadonlySet<ObjectiveKind> = new Set([
  ObjectiveKind.ABSTINENCE,
  ObjectiveKind.SCREENS,
  ObjectiveKind.MEDICATION,
  ObjectiveKind.CONTACTS,
  ObjectiveKind.TRIGGERS,
  ObjectiveKind.CRAVING_LOG,
]);

/** A rating that follows the client's own week: use is a setback, high cravings or silence hold progress back. */
function rate(
  random: SeededRandom,
  planned: PlannedObjective,
  week: WeekFacts,
  measures: LatestMeasures,
  progressShare: number,
  met: ReadonlySet<string>,
): ObjectiveProgressRating {
  const { kind, objective } = planned;
  if (week.usedDays > 0) {
    return USE_OBJECTIVES.has(kind) || random.chance(0.4) ? ObjectiveProgressRating.REGRESSED : ObjectiveProgressRating.NO_PROGRESS;
  }
  const mayMeet = met.has(objective.id) || (progressShare > 0.55 && (objective.status === ObjectiveStatus.MET || random.chance(0.3)));
  const score = kind === ObjectiveKind.MOOD ? measures.phq9 : kind === ObjectiveKind.ANXIETY ? measures.gad7 : null;
  if (score && score.previous !== null) {
    if (score.total > score.previous) return ObjectiveProgressRating.NO_PROGRESS;
    if (score.total <= score.previous - 5 || score.total < 10)
      return mayMeet ? ObjectiveProgressRating.MET : ObjectiveProgressRating.SOME_PROGRESS;
  }
  if (kind === ObjectiveKind.CHECK_INS) {
    return week.checkInDays >= 5
      ? mayMeet
        ? ObjectiveProgressRating.MET
        : ObjectiveProgressRating.SOME_PROGRESS
      : week.checkInDays >= 3
        ? ObjectiveProgressRating.SOME_PROGRESS
        : ObjectiveProgressRating.NO_PROGRESS;
  }
  if (kind === ObjectiveKind.MEETINGS) {
    return week.meetings >= 3
      ? mayMeet
        ? ObjectiveProgressRating.MET
        : ObjectiveProgressRating.SOME_PROGRESS
      : week.meetings >= 1
        ? ObjectiveProgressRating.SOME_PROGRESS
        : ObjectiveProgressRating.NO_PROGRESS;
  }
  if (week.checkInDays === 0 || (week.maxCraving ?? 0) >= 7) return ObjectiveProgressRating.NO_PROGRESS;
  return mayMeet ? ObjectiveProgressRating.MET : ObjectiveProgressRating.SOME_PROGRESS;
}

/** The client's check-ins in the seven days before the session. */
function weekFacts(rows: readonly CheckInRow[], sessionDate: IsoDate): WeekFacts {
  const from = shift(sessionDate, -7);
  const week = rows.filter((r) => r.on_date >= from && r.on_date < sessionDate);
  const cravings = week.map((r) => r.craving).filter((c): c is number => c !== null);
  const days = (pred: (r: CheckInRow) => boolean) => new Set(week.filter(pred).map((r) => r.on_date)).size;
  const lastUse = rows.filter((r) => r.used_substances && r.on_date < sessionDate).at(-1);
  const triggerCounts = new Map<CheckInTrigger, number>();
  for (const r of week) for (const t of r.triggers) triggerCounts.set(t, (triggerCounts.get(t) ?? 0) + 1);
  return {
    checkInDays: days(() => true),
    avgCraving: cravings.length ? cravings.reduce((a, b) => a + b, 0) / cravings.length : null,
    maxCraving: cravings.length ? Math.max(...cravings) : null,
    usedDays: days((r) => r.used_substances),
    meetings: week.filter((r) => r.attended_meeting).length,
    lowMoodDays: days((r) => r.mood !== null && r.mood <= 2),
    triggers: [...triggerCounts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t),
    daysSinceUse: lastUse ? daysBetween(lastUse.on_date, sessionDate) : null,
  };
}

function recentUse(rows: readonly CheckInRow[], sessionDate: IsoDate, days: number): boolean {
  const from = shift(sessionDate, -days);
  return rows.some((r) => r.used_substances && r.on_date >= from && r.on_date <= sessionDate);
}

interface LatestMeasures {
  phq9: (ScoreFacts & { item9: number }) | null;
  gad7: ScoreFacts | null;
  barc10: ScoreFacts | null;
}

/** Each instrument's latest administration in the month before the session, with the one before it. */
function latestMeasures(rows: readonly MeasureRow[], sessionDate: IsoDate): LatestMeasures {
  const of = (instrument: MeasureRow['instrument']) => {
    const given = rows.filter((r) => r.instrument === instrument && r.on_date <= sessionDate);
    const latest = given[given.length - 1];
    if (!latest || daysBetween(latest.on_date, sessionDate) > 31) return null;
    return { latest, previous: given[given.length - 2]?.total ?? null };
  };
  const phq = of('PHQ_9');
  const gad = of('GAD_7');
  const barc = of('BARC_10');
  return {
    phq9: phq
      ? {
          total: phq.latest.total,
          previous: phq.previous,
          item9: phq.latest.item9 ?? 0,
        }
      : null,
    gad7: gad ? { total: gad.latest.total, previous: gad.previous } : null,
    barc10: barc ? { total: barc.latest.total, previous: barc.previous } : null,
  };
}

/** Signed an hour or three after the session, now and then the next morning; never at or after the seed's now. */
function signingTime(random: SeededRandom, sessionDate: IsoDate, sessionEnd: Date, now: Date): Date | null {
  const nextMorning = atTime(shift(sessionDate, 1), 8, random.int(10, 50));
  if (random.chance(0.12) && nextMorning < now) return nextMorning;
  const sameDay = new Date(sessionEnd.getTime() + random.int(20, 180) * 60_000);
  return sameDay < now && toIsoDate(sameDay) === sessionDate ? sameDay : null;
}

function weekday(date: IsoDate): IsoDate {
  const day = parseISO(date).getDay();
  return day === 6 ? shift(date, -1) : day === 0 ? shift(date, -2) : date;
}

function pronounsOf(pronouns: string | null): { their: string; them: string } {
  if (pronouns === 'she/her') return { their: 'her', them: 'her' };
  if (pronouns === 'he/him') return { their: 'his', them: 'him' };
  return { their: 'their', them: 'them' };
}

const pad = (n: number) => String(n).padStart(2, '0');

function groupBy<T extends { client_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.client_id);
    if (list) list.push(row);
    else out.set(row.client_id, [row]);
  }
  return out;
}

async function insertChunks<T extends object>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const chunk = rows.slice(i, i + 200) as any;
    await manager.createQueryBuilder().insert().into(entity).values(chunk).updateEntity(false).execute();
  }
}
