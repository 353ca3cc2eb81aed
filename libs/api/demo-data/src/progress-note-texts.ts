import {
  CheckInTrigger,
  Modality,
  ObjectiveProgressRating,
  ProgressNoteFormat,
  SessionAttendance,
  SessionType,
} from '@carecircle/shared/domain';
import { SubstanceKind, type SubstanceProfile } from './clinical-story-templates';
import type { SeededRandom } from './seeded-random';

/**
 * The wording of the demo's progress notes, built from the record each one sits on: the client's
 * substance and medication, their check-ins and measures in the week before the session, the plan
 * objectives the session addressed and how the client is doing on them. Synthetic throughout; the
 * sentences are the kind counselors write, never filler.
 */

/** What an objective is about, read from its wording and interventions; decides what a session on it sounds like. */
export enum ObjectiveKind {
  MEDICATION = 'MEDICATION',
  ABSTINENCE = 'ABSTINENCE',
  SCREENS = 'SCREENS',
  NALOXONE = 'NALOXONE',
  SLEEP = 'SLEEP',
  ACTIVITIES = 'ACTIVITIES',
  TRIGGERS = 'TRIGGERS',
  CRAVING_LOG = 'CRAVING_LOG',
  CHECK_INS = 'CHECK_INS',
  MEETINGS = 'MEETINGS',
  SPONSOR = 'SPONSOR',
  SOBER_SOCIAL = 'SOBER_SOCIAL',
  FAMILY = 'FAMILY',
  WORK = 'WORK',
  CONTACTS = 'CONTACTS',
  MOOD = 'MOOD',
  ANXIETY = 'ANXIETY',
  TRAUMA = 'TRAUMA',
  SAFETY = 'SAFETY',
  MOOD_CHART = 'MOOD_CHART',
  DBT = 'DBT',
}

const KIND_BY_WORDING: ReadonlyArray<readonly [RegExp, ObjectiveKind]> = [
  [/safety plan/i, ObjectiveKind.SAFETY],
  [/naloxone|risk of overdose/i, ObjectiveKind.NALOXONE],
  [/take-home/i, ObjectiveKind.MEDICATION],
  [/buprenorphine|methadone|naltrexone|acamprosate|disulfiram|psychiatric medication/i, ObjectiveKind.MEDICATION],
  [/urine drug screens/i, ObjectiveKind.SCREENS],
  [/PHQ-9|early-warning plan/i, ObjectiveKind.MOOD],
  [/GAD-7|relaxation skill/i, ObjectiveKind.ANXIETY],
  [/grounding skill|cognitive processing/i, ObjectiveKind.TRAUMA],
  [/mood and sleep chart|relapse signature/i, ObjectiveKind.MOOD_CHART],
  [/DBT skill/i, ObjectiveKind.DBT],
  [/sleep at least/i, ObjectiveKind.SLEEP],
  [/personal triggers|Friday and Saturday/i, ObjectiveKind.TRIGGERS],
  [/craving goes above/i, ObjectiveKind.CRAVING_LOG],
  [/check-in on at least/i, ObjectiveKind.CHECK_INS],
  [/meetings a week/i, ObjectiveKind.MEETINGS],
  [/sponsor/i, ObjectiveKind.SPONSOR],
  [/sober social/i, ObjectiveKind.SOBER_SOCIAL],
  [/family/i, ObjectiveKind.FAMILY],
  [/vocational|apply for|shift hours|employer/i, ObjectiveKind.WORK],
  [/dealer/i, ObjectiveKind.CONTACTS],
  [/activit/i, ObjectiveKind.ACTIVITIES],
  [/no drinking|no opioid use|cannabis use to zero/i, ObjectiveKind.ABSTINENCE],
];

export function objectiveKind(description: string): ObjectiveKind {
  return KIND_BY_WORDING.find(([re]) => re.test(description))?.[1] ?? ObjectiveKind.ABSTINENCE;
}

export interface WeekFacts {
  /** Days with a check-in in the week before the session. */
  checkInDays: number;
  avgCraving: number | null;
  maxCraving: number | null;
  usedDays: number;
  meetings: number;
  lowMoodDays: number;
  triggers: CheckInTrigger[];
  /** Days from the last check-in reporting use to the session; null when no check-in has reported use. */
  daysSinceUse: number | null;
}

export interface ScoreFacts {
  total: number;
  previous: number | null;
}

export interface AddressedObjectiveFacts {
  kind: ObjectiveKind;
  description: string;
  rating: ObjectiveProgressRating;
  interventions: ReadonlyArray<{ description: string; modality: Modality }>;
}

export interface SessionFacts {
  /** The name the client goes by. */
  name: string;
  /** Possessive and object pronouns ("their", "them"). */
  their: string;
  them: string;
  substance: SubstanceProfile;
  medication: string | null;
  mentalHealth: readonly string[];
  sessionType: SessionType;
  familyMember: { name: string; relation: string } | null;
  peerName: string | null;
  week: WeekFacts;
  phq9: (ScoreFacts & { item9: number }) | null;
  gad7: ScoreFacts | null;
  barc10: ScoreFacts | null;
  /** A urine drug screen was collected at this visit, and whether it was positive. */
  screen: { positive: boolean } | null;
  objectives: readonly AddressedObjectiveFacts[];
  sessionNumber: number;
  /** No-shows in a row just before this session. */
  missedBefore: number;
}

const TRIGGER_WORDS: Record<CheckInTrigger, string> = {
  [CheckInTrigger.STRESS]: 'stress at work',
  [CheckInTrigger.CONFLICT]: 'an argument at home',
  [CheckInTrigger.PEOPLE]: 'contact with people they used with',
  [CheckInTrigger.PLACES]: 'passing old using places',
  [CheckInTrigger.BOREDOM]: 'unstructured time',
  [CheckInTrigger.LONELINESS]: 'loneliness in the evenings',
  [CheckInTrigger.PAIN]: 'physical pain',
  [CheckInTrigger.CELEBRATION]: 'a family celebration',
  [CheckInTrigger.OTHER]: 'unexpected bad news',
};

const SUBSTANCE_WORDS: Record<SubstanceKind, { use: string; drug: string }> = {
  [SubstanceKind.ALCOHOL]: { use: 'drinking', drug: 'alcohol' },
  [SubstanceKind.OPIOIDS]: { use: 'opioid use', drug: 'opioids' },
  [SubstanceKind.COCAINE]: { use: 'cocaine use', drug: 'cocaine' },
  [SubstanceKind.METHAMPHETAMINE]: {
    use: 'methamphetamine use',
    drug: 'methamphetamine',
  },
  [SubstanceKind.CANNABIS]: { use: 'cannabis use', drug: 'cannabis' },
};

const RATING_WORDS: Record<ObjectiveProgressRating, string> = {
  [ObjectiveProgressRating.MET]: 'met',
  [ObjectiveProgressRating.SOME_PROGRESS]: 'some progress',
  [ObjectiveProgressRating.NO_PROGRESS]: 'no progress this week',
  [ObjectiveProgressRating.REGRESSED]: 'regressed',
};

const join = (...parts: Array<string | null | undefined | false>) => parts.filter((p): p is string => Boolean(p)).join(' ');

/** True when the week went badly on something the plan tracks. */
function struggling(f: SessionFacts): boolean {
  return f.objectives.some((o) => o.rating === ObjectiveProgressRating.REGRESSED || o.rating === ObjectiveProgressRating.NO_PROGRESS);
}

function triggerPhrase(f: SessionFacts): string | null {
  const trigger = f.week.triggers[0];
  return trigger ? TRIGGER_WORDS[trigger] : null;
}

function weekReport(r: SeededRandom, f: SessionFacts): string {
  const w = f.week;
  const words = SUBSTANCE_WORDS[f.substance.kind];
  if (w.checkInDays === 0) {
    return r.pick([
      `${f.name} did not complete any check-ins this week and said ${f.their} phone had been off "most of the time".`,
      `No check-ins since the last session; ${f.name} described the week as "a blur" and was vague about details.`,
    ]);
  }
  const cravings =
    w.avgCraving === null
      ? ''
      : w.maxCraving !== null && w.maxCraving >= 7
        ? `Cravings averaged ${w.avgCraving.toFixed(0)}/10 on check-ins and peaked at ${w.maxCraving}/10${triggerPhrase(f) ? ` after ${triggerPhrase(f)}` : ''}.`
        : `Cravings averaged ${w.avgCraving.toFixed(0)}/10 on ${w.checkInDays} check-in${w.checkInDays === 1 ? '' : 's'}.`;
  const use =
    w.usedDays > 0
      ? r.pick([
          `${f.name} disclosed ${words.use} on ${w.usedDays === 1 ? 'one day' : `${w.usedDays} days`} this week${triggerPhrase(f) ? `, linked to ${triggerPhrase(f)}` : ''}.`,
          `Reports a return to ${words.use} (${w.usedDays === 1 ? 'once' : `${w.usedDays} times`}); said "${r.pick(f.substance.lapseWords)}" and felt "back at square one".`,
        ])
      : r.pick([
          `Reports no ${words.use} since the last session.`,
          `Denies any ${words.use} this week.`,
          `No ${words.use} reported this week, consistent with check-ins.`,
        ]);
  const meetings =
    w.meetings > 0
      ? `Attended ${w.meetings === 1 ? 'one mutual-aid meeting' : `${w.meetings} mutual-aid meetings`} (${f.substance.meetingWords}).`
      : null;
  const mood = w.lowMoodDays >= 3 ? `Rated mood low on ${w.lowMoodDays} days.` : null;
  return join(use, cravings, meetings, mood);
}

/** What the client said about one objective. */
function objectiveReport(r: SeededRandom, f: SessionFacts, o: AddressedObjectiveFacts): string {
  const good = o.rating === ObjectiveProgressRating.SOME_PROGRESS || o.rating === ObjectiveProgressRating.MET;
  const words = SUBSTANCE_WORDS[f.substance.kind];
  switch (o.kind) {
    case ObjectiveKind.MEDICATION:
      return good
        ? r.pick([
            `Taking ${f.medication ?? 'medication'} as prescribed; no missed doses reported and no side effects beyond mild nausea in the first week.`,
            `Kept this week's prescriber appointment; reports ${f.medication ?? 'the medication'} "takes the edge off" in the evenings.`,
            `Uses a pill organiser and a phone alarm; reports every dose taken since the last session.`,
          ])
        : r.pick([
            `Missed ${r.int(2, 3)} doses of ${f.medication ?? 'medication'} this week and did not tell the prescriber.`,
            `Skipped the prescriber visit: "I felt fine and didn't see the point."`,
          ]);
    case ObjectiveKind.SCREENS:
      return f.screen
        ? f.screen.positive
          ? `Urine drug screen collected at this visit was positive for ${words.drug}; ${f.name} acknowledged the use before the result came back.`
          : `Urine drug screen collected at this visit was negative for all substances; ${f.name} drew a prize from the contingency management bowl and chose a grocery voucher.`
        : `Reports attending both screen visits this week.`;
    case ObjectiveKind.NALOXONE:
      return good
        ? `Carries the naloxone kit in ${f.their} backpack and showed a housemate how to use the nasal spray.`
        : `Has the naloxone kit at home but not with ${f.them}; has not yet shown anyone how to use it.`;
    case ObjectiveKind.SLEEP:
      return good
        ? `Sleep diary shows 6 hours or more on ${r.int(4, 6)} of 7 nights; lights out by 23:00 on work nights.`
        : `Sleep diary shows fewer than 5 hours on most nights; lying awake "replaying the day".`;
    case ObjectiveKind.ACTIVITIES:
      return good
        ? r.pick([
            `Completed ${r.int(2, 4)} planned activities (a walk with a neighbour, cooking with ${f.their} daughter, a pottery class).`,
            `Went to the gym twice and to a cinema matinee; said evenings "feel less empty".`,
          ])
        : `Planned three activities and did none; stayed home most evenings.`;
    case ObjectiveKind.TRIGGERS:
      return good
        ? `Brought a written list of ${r.int(3, 5)} triggers (pay day, Friday evenings, ${triggerPhrase(f) ?? 'being alone after work'}) with a coping step for each.`
        : `Has not written down the trigger list; said the week "got away from me".`;
    case ObjectiveKind.CRAVING_LOG:
      return good
        ? `Logged ${r.int(2, 5)} craving episodes above 6/10 and used urge surfing or a call to a support person each time.`
        : `Did not log cravings; described one episode where the urge "won before I remembered the skills".`;
    case ObjectiveKind.CHECK_INS:
      return f.week.checkInDays >= 5
        ? `Completed check-ins on ${f.week.checkInDays} of 7 days.`
        : `Completed check-ins on ${f.week.checkInDays} of 7 days; the evenings are when they slip.`;
    case ObjectiveKind.MEETINGS:
      return f.week.meetings >= 3
        ? `Went to ${f.week.meetings} meetings this week and shared once at the Thursday evening group.`
        : `Went to ${f.week.meetings === 0 ? 'no meetings' : f.week.meetings === 1 ? 'one meeting' : `${f.week.meetings} meetings`}; said the rooms "feel like a club I'm not in yet".`;
    case ObjectiveKind.SPONSOR:
      return good
        ? `Has asked a member of the Tuesday group to be ${f.their} sponsor and called them twice this week.`
        : `Has not asked anyone yet; worried about "being a burden".`;
    case ObjectiveKind.SOBER_SOCIAL:
      return good
        ? `Went to the recovery café's open mic night${f.peerName ? ` with ${f.peerName}` : ''} and stayed to the end.`
        : `Turned down the community centre's volleyball evening: "I wasn't in the mood for people."`;
    case ObjectiveKind.FAMILY:
      return f.familyMember
        ? good
          ? `Reports ${f.their} ${f.familyMember.relation} ${f.familyMember.name} has stopped checking ${f.their} phone and they ate together three nights this week.`
          : `Reports tension with ${f.their} ${f.familyMember.relation} ${f.familyMember.name} about money and being late home.`
        : `Wants ${f.their} family more involved but has not invited anyone yet.`;
    case ObjectiveKind.WORK:
      return good
        ? r.pick([
            `Sent ${r.int(3, 5)} job applications (warehouse, kitchen porter, delivery driver) and has an interview on Monday.`,
            `Completed the vocational rehabilitation intake form; appointment booked.`,
            `Spoke with ${f.their} supervisor about shifts and now has a full night off between them.`,
          ])
        : `Has not followed up on the job applications; said the forms "feel like too much right now".`;
    case ObjectiveKind.CONTACTS:
      return good
        ? `Deleted ${r.int(4, 9)} contacts from ${f.their} phone in session, including the dealer's two numbers.`
        : `Kept the dealer's number "just in case"; ambivalent about blocking it.`;
    case ObjectiveKind.MOOD:
      return good
        ? r.pick([
            `Reports mood "a bit lighter" and getting out of bed before 9 on most days.`,
            `Did ${r.int(3, 6)} of the planned valued activities, including a swim and calling an old friend.`,
          ])
        : r.pick([
            `Spent most of the week in bed; stopped answering messages from friends.`,
            `Describes mood as "grey all the time"; skipped the planned activities.`,
          ]);
    case ObjectiveKind.ANXIETY:
      return good
        ? `Practised paced breathing on ${r.int(4, 7)} days and logged it; used worry postponement at work twice.`
        : `Logged relaxation practice on only ${r.int(0, 2)} days; worry "loudest at night" and kept ${f.them} awake.`;
    case ObjectiveKind.TRAUMA:
      return good
        ? `Used the 5-4-3-2-1 grounding skill after ${r.int(1, 3)} nightmares this week and wrote each one in the log.`
        : `Had several flashbacks after a car backfired near work; did not use grounding and left the shift early.`;
    case ObjectiveKind.SAFETY:
      return `Keeps the safety plan on ${f.their} phone; named ${r.pick(['a sister', 'a friend from group', 'a cousin'])} as the first person to call.`;
    case ObjectiveKind.MOOD_CHART:
      return good
        ? `Mood and sleep chart completed on ${r.int(5, 7)} of 7 days; no nights under 6 hours.`
        : `Chart shows two nights of 3 hours' sleep and racing thoughts; ${f.name} said ${f.their} ideas "were coming too fast".`;
    case ObjectiveKind.DBT:
      return good
        ? `Diary card shows distress above 7/10 on ${r.int(1, 3)} days; used TIPP and opposite action instead of using.`
        : `Diary card incomplete; reports one episode of distress at 9/10 after a text from an ex, followed by ${words.use}.`;
    case ObjectiveKind.ABSTINENCE:
    default:
      return good
        ? f.week.daysSinceUse === null
          ? `No ${words.use} recorded on any check-in since admission.`
          : `${f.week.daysSinceUse} days since the last ${words.use} recorded on a check-in.`
        : f.week.usedDays > 0
          ? `Check-ins record ${words.use}; ${f.name} was open about it in session.`
          : f.week.checkInDays === 0
            ? `No check-ins to show how the week went; ${f.name} says there was no ${words.use}.`
            : `No ${words.use} on check-ins, but ${f.name} describes two evenings "one phone call away" from it.`;
  }
}

function presentation(r: SeededRandom, f: SessionFacts): string {
  const hard = struggling(f);
  const look = hard
    ? r.pick([
        'Arrived on time, appeared tired, casually dressed; affect constricted, mood "rough".',
        'Arrived 10 minutes late, dishevelled; affect flat, speech soft, eye contact limited.',
        'Presented anxious and restless, picking at sleeves; speech rapid at first, then settled.',
      ])
    : r.pick([
        'Arrived on time, well groomed; affect bright and reactive, mood "good, actually".',
        'Alert and oriented, appropriately dressed; affect euthymic, engaged throughout.',
        'Calm, good eye contact, spontaneous speech; laughed easily and was open about the week.',
      ]);
  const intoxication = 'No signs of intoxication or withdrawal.';
  return join(look, intoxication);
}

function measuresLine(f: SessionFacts): string | null {
  const parts: string[] = [];
  const trend = (s: ScoreFacts) => (s.previous === null ? `${s.total}` : `${s.total} (previously ${s.previous})`);
  if (f.phq9) parts.push(`PHQ-9 ${trend(f.phq9)}`);
  if (f.gad7) parts.push(`GAD-7 ${trend(f.gad7)}`);
  if (f.barc10) parts.push(`BARC-10 ${trend(f.barc10)}`);
  if (f.screen)
    parts.push(
      `urine drug screen ${f.screen.positive ? `positive for ${SUBSTANCE_WORDS[f.substance.kind].drug}` : 'negative for all substances'}`,
    );
  return parts.length ? `Measures: ${parts.join('; ')}.` : null;
}

function riskLine(r: SeededRandom, f: SessionFacts): string | null {
  if (f.phq9 && f.phq9.item9 > 0) {
    return 'PHQ-9 item 9 endorsed; risk screen completed: passive thoughts of being better off dead, no intent, plan or preparatory behaviour. Safety plan reviewed and updated; crisis line number saved in phone. Risk judged moderate, managed in outpatient care.';
  }
  if (f.substance.kind === SubstanceKind.OPIOIDS && f.week.usedDays > 0) {
    return 'Overdose risk raised by the return to use; confirmed naloxone is at home and reviewed never using alone.';
  }
  if (f.mentalHealth.length > 0)
    return r.pick(['Denies suicidal or homicidal ideation.', 'Denies thoughts of self-harm; safety plan remains current.']);
  return r.chance(0.4) ? 'No safety concerns raised.' : null;
}

/** What the counselor did, by the modality of the interventions delivered. */
function interventionLines(r: SeededRandom, f: SessionFacts): string {
  const words = SUBSTANCE_WORDS[f.substance.kind];
  const delivered = f.objectives.flatMap((o) => o.interventions);
  const byModality = [...new Map(delivered.map((i) => [i.modality, i.description])).entries()];
  if (byModality.length === 0) byModality.push([Modality.MI, '']);
  const lines = byModality.slice(0, 2).map(([m, description]) => {
    switch (m) {
      case Modality.CBT:
        return r.pick([
          `CBT: completed a functional analysis of the week's highest craving (trigger, thoughts, feelings, behaviour, consequence) and generated two alternative responses.`,
          `CBT: reviewed the thought record; challenged "one won't hurt" with the evidence from past lapses.`,
          `CBT: activity scheduling for the coming week, with a back-up for each evening plan.`,
        ]);
      case Modality.DBT:
        return r.pick([
          'DBT: diary card review and chain analysis of the highest-distress moment; practised TIPP (cold water, paced breathing) in session.',
          'DBT: taught and rehearsed the STOP skill and opposite action for urges; linked to the skills group handout.',
        ]);
      case Modality.MI:
        return r.pick([
          `Motivational interviewing: open questions and reflections on ${f.their} reasons for change; a readiness ruler (importance 8/10, confidence ${struggling(f) ? 4 : 7}/10) drew out change talk.`,
          `Motivational interviewing: decisional balance on ${words.use}; rolled with resistance when ${f.name} minimised the week.`,
          f.week.usedDays > 0
            ? `Motivational interviewing: reflected the discrepancy between ${f.their} goals (keeping the job, seeing the kids) and the recent ${words.use}.`
            : `Motivational interviewing: elicited what has made the last weeks without ${words.use} possible and what ${f.name} wants to protect.`,
        ]);
      case Modality.RELAPSE_PREVENTION:
        return r.pick([
          "Relapse prevention: updated the high-risk situation map with this week's triggers and rehearsed the coping plan for pay day.",
          'Relapse prevention: reviewed warning signs that came before past lapses and agreed an early-action step for each.',
        ]);
      case Modality.TWELVE_STEP_FACILITATION:
        return `Twelve-step facilitation: debriefed the week's meetings, went through the local meeting list and role-played introducing ${f.them}self to a possible sponsor.`;
      case Modality.CONTINGENCY_MANAGEMENT:
        return 'Contingency management: collected the urine screen, gave the result straight away and ran the prize draw per protocol.';
      case Modality.MEDICATION_FOR_ADDICTION_TREATMENT:
        return `Medication support: checked adherence and side effects of ${f.medication ?? 'the medication'}, and liaised with the prescriber about this week's visit.`;
      case Modality.FAMILY_THERAPY:
        if (f.sessionType !== SessionType.FAMILY) {
          return `Prepared the next joint session${f.familyMember ? ` with ${f.their} ${f.familyMember.relation} ${f.familyMember.name}` : ''}: what ${f.name} wants to ask for and how to say it.`;
        }
        return f.familyMember
          ? `Family therapy with ${f.their} ${f.familyMember.relation} ${f.familyMember.name}: communication skills practice (I-statements, asking rather than checking up) and a draft of the family recovery agreement.`
          : 'Family therapy preparation: planned who to invite and what to ask of them.';
      case Modality.TRAUMA_INFORMED:
        return r.pick([
          'Trauma-informed stabilisation: psychoeducation on the link between hyperarousal and cravings; practised grounding with the five senses.',
          'Seeking Safety topic "Asking for help": identified safe people and rehearsed a request.',
        ]);
      case Modality.PEER_RECOVERY_SUPPORT:
        return `Coordinated with ${f.peerName ?? 'the peer worker'} on the week's practical plan.`;
      case Modality.OTHER:
      default:
        if (/vocational/i.test(description))
          return `Case management: called the vocational rehabilitation office with ${f.name} and booked the intake.`;
        if (/naloxone|overdose/i.test(description))
          return 'Overdose education: practised the nasal naloxone with the trainer device; reviewed lowered tolerance and never using alone.';
        if (/safety planning/i.test(description))
          return 'Collaborative safety planning: reviewed warning signs, coping steps, people to call and crisis numbers.';
        if (/prescriber|psychiatrist|opioid treatment program/i.test(description))
          return 'Care coordination: called the prescriber within the consent to share attendance and adherence.';
        if (/adherence|side effects/i.test(description)) return 'Checked adherence against the dose log and asked about side effects.';
        return 'Psychoeducation with a handout, checked understanding with teach-back.';
    }
  });
  return lines.join(' ');
}

function groupLine(r: SeededRandom, f: SessionFacts): string {
  return r.pick([
    `Attended the ${r.int(6, 9)}-member relapse prevention group; topic "Pay day and weekends".`,
    `Attended the IOP process group (${r.int(5, 8)} members); topic "Shame and asking for help".`,
    `Attended the early recovery skills group; topic "Handling cravings at home".`,
    f.mentalHealth.length
      ? 'Attended the Seeking Safety group; topic "Setting boundaries in relationships".'
      : 'Attended the IOP group; topic "Building a sober week".',
  ]);
}

function objectiveAssessment(f: SessionFacts): string {
  return f.objectives.map((o) => `Objective "${o.description}": ${RATING_WORDS[o.rating]}.`).join(' ');
}

function interpretation(r: SeededRandom, f: SessionFacts): string {
  const words = SUBSTANCE_WORDS[f.substance.kind];
  if (f.week.usedDays > 0) {
    return r.pick([
      `Lapse to ${words.use} in the context of ${triggerPhrase(f) ?? 'a stressful week'}; ${f.name} re-engaged quickly and was honest about it, which is a strength. Stage of change: action, with ambivalence re-emerging.`,
      `Return to ${words.use} after a period of stability; cravings had been rising on check-ins for two weeks before it. Continued engagement and candour are protective.`,
    ]);
  }
  if (struggling(f)) {
    return r.pick([
      (f.week.maxCraving ?? 0) >= 7
        ? `Abstinent but struggling: cravings remain high and coping skills are used inconsistently. Motivation is present; skills under stress are the gap.`
        : `No use, but the recovery tasks in the plan stalled this week. Motivation is present; follow-through between sessions is the gap.`,
      `Engagement has dropped this week (fewer check-ins, homework not done). No use reported, but the pattern resembles the weeks before ${f.their} previous lapses.`,
    ]);
  }
  return r.pick([
    `Making steady gains: cravings lower than at admission and coping skills used without prompting. Stage of change: action.`,
    `Consolidating early recovery; ${f.name} is linking triggers to coping steps independently and reports more structure in the week.`,
    `Progressing as planned. Self-efficacy improving; ${f.name} described the week as "boring in a good way".`,
  ]);
}

function responseLine(r: SeededRandom, f: SessionFacts): string {
  return struggling(f)
    ? r.pick([
        `${f.name} was guarded at first, then engaged once the conversation moved from the lapse to what ${f.their} plan for the weekend is. Agreed to one concrete change.`,
        `Participated but struggled to name alternatives; became tearful when talking about ${f.their} kids. Accepted the offer of an extra check-in call.`,
        `Receptive to the skills practice but doubtful it would work "in the moment"; agreed to try it twice before the next session.`,
      ])
    : r.pick([
        `${f.name} engaged well, completed the practice exercise and could explain the skill back in ${f.their} own words.`,
        `Responded positively; said the role-play "felt awkward but useful" and wants to try it with ${f.their} ${f.familyMember?.relation ?? 'sponsor'}.`,
        `Actively participated and set ${f.their} own goal for the week without prompting.`,
      ]);
}

function homework(r: SeededRandom, f: SessionFacts, o: AddressedObjectiveFacts): string {
  switch (o.kind) {
    case ObjectiveKind.MEDICATION:
      return `Keep the prescriber visit on ${r.pick(['Tuesday', 'Wednesday', 'Thursday'])}; bring the dose log.`;
    case ObjectiveKind.SCREENS:
      return 'Screens continue twice weekly (Monday and Thursday); prize draw continues per protocol.';
    case ObjectiveKind.NALOXONE:
      return 'Carry the naloxone kit daily; show one more person how to use it.';
    case ObjectiveKind.SLEEP:
      return 'Keep the sleep diary; no screens after 22:30; same wake time every day, weekends included.';
    case ObjectiveKind.ACTIVITIES:
      return 'Schedule three evening activities for next week and tick them off on the planner.';
    case ObjectiveKind.TRIGGERS:
      return 'Finish the trigger and coping list and keep a copy in the wallet.';
    case ObjectiveKind.CRAVING_LOG:
      return 'Log each craving above 6/10 with the skill used and what happened.';
    case ObjectiveKind.CHECK_INS:
      return 'Set a daily 20:00 phone reminder for the check-in.';
    case ObjectiveKind.MEETINGS:
      return `Go to at least three ${f.substance.meetingWords} meetings; try the Saturday morning one.`;
    case ObjectiveKind.SPONSOR:
      return "Ask one person after Tuesday's meeting about sponsorship and call them before the next session.";
    case ObjectiveKind.SOBER_SOCIAL:
      return `Pick one recovery community centre event from the calendar${f.peerName ? ` and go with ${f.peerName}` : ''}.`;
    case ObjectiveKind.FAMILY:
      return f.familyMember
        ? `Invite ${f.familyMember.name} to the next family session; try the evening ten-minute check-in at home.`
        : 'Decide which family member to invite to a family session.';
    case ObjectiveKind.WORK:
      return 'Three applications before the next session; bring the interview dates.';
    case ObjectiveKind.CONTACTS:
      return 'Block the remaining using contacts; change the number if the calls continue.';
    case ObjectiveKind.MOOD:
      return 'Behavioural activation: one valued activity a day, rated for mastery and pleasure.';
    case ObjectiveKind.ANXIETY:
      return 'Worry postponement to a 15-minute slot at 18:00; paced breathing twice a day, logged.';
    case ObjectiveKind.TRAUMA:
      return 'Keep using the grounding card after nightmares; log each use.';
    case ObjectiveKind.SAFETY:
      return 'Keep the safety plan on the phone and the fridge; review it again next month.';
    case ObjectiveKind.MOOD_CHART:
      return 'Fill in the mood and sleep chart daily; call the clinic if sleep falls under 5 hours two nights running.';
    case ObjectiveKind.DBT:
      return 'Daily diary card; practise TIPP once a day even when calm.';
    case ObjectiveKind.ABSTINENCE:
    default:
      return `Use the coping plan for ${triggerPhrase(f) ?? 'the weekend'}; check in daily.`;
  }
}

function planLine(r: SeededRandom, f: SessionFacts): string {
  const tasks = f.objectives.map((o) => homework(r, f, o));
  const next =
    f.sessionType === SessionType.GROUP
      ? 'Continue group three times a week; individual session next week.'
      : f.sessionType === SessionType.FAMILY
        ? 'Next family session in four weeks; individual sessions weekly in between.'
        : r.pick(['Next individual session in one week.', 'Next session in one week, same time.', 'Follow-up session next week.']);
  const extra =
    f.week.usedDays > 0
      ? r.pick([`Extra check-in call in two days.`, `Discuss in supervision; consider a step up in level of care if use continues.`])
      : f.peerName && r.chance(0.3)
        ? `${f.peerName} to follow up this week on practical barriers.`
        : null;
  return join(`Homework: ${tasks.join(' ')}`, extra, next);
}

function clientQuote(r: SeededRandom, f: SessionFacts): string {
  return struggling(f)
    ? r.pick([`"I knew what I was doing and I did it anyway."`, `"Everything was fine until it wasn't."`, `"I'm tired of starting over."`])
    : r.pick([
        `"I didn't even think about it on Friday, which is new."`,
        `"It's getting easier to say no."`,
        `"I actually like my evenings now."`,
      ]);
}

/** The sections of a note for a session that took place. */
export function attendedSections(r: SeededRandom, format: ProgressNoteFormat, f: SessionFacts): Record<string, string> {
  const context =
    f.sessionType === SessionType.GROUP
      ? groupLine(r, f)
      : f.sessionType === SessionType.FAMILY && f.familyMember
        ? `Family session with ${f.their} ${f.familyMember.relation}, ${f.familyMember.name}.`
        : f.sessionType === SessionType.CASE_MANAGEMENT
          ? `Case management contact with ${f.name} about practical barriers to the plan.`
          : null;
  const returning =
    f.missedBefore > 0
      ? `First session since ${f.missedBefore === 1 ? 'the missed appointment' : `${f.missedBefore} missed appointments`}; ${f.name} apologised and said ${f.their} week "fell apart".`
      : null;
  const report = join(returning, weekReport(r, f), ...f.objectives.map((o) => objectiveReport(r, f, o)));
  switch (format) {
    case ProgressNoteFormat.DAP:
      return {
        data: join(context, report, presentation(r, f), measuresLine(f), `Interventions: ${interventionLines(r, f)}`),
        assessment: join(interpretation(r, f), objectiveAssessment(f), riskLine(r, f)),
        plan: planLine(r, f),
      };
    case ProgressNoteFormat.SOAP:
      return {
        subjective: join(context, report, `${f.name} said: ${clientQuote(r, f)}`),
        objective: join(presentation(r, f), measuresLine(f), `Check-ins completed on ${f.week.checkInDays} of the last 7 days.`),
        assessment: join(interpretation(r, f), objectiveAssessment(f), riskLine(r, f)),
        plan: join(`Delivered: ${interventionLines(r, f)}`, planLine(r, f)),
      };
    case ProgressNoteFormat.BIRP:
    default:
      return {
        behavior: join(context, presentation(r, f), report),
        intervention: interventionLines(r, f),
        response: join(responseLine(r, f), objectiveAssessment(f), riskLine(r, f)),
        plan: planLine(r, f),
      };
  }
}

/**
 * A session that did not take place: only the plan says anything (the follow-up done), the other
 * sections of the template are left empty, as the signing rules allow.
 */
export function missedSections(
  r: SeededRandom,
  format: ProgressNoteFormat,
  attendance: SessionAttendance,
  f: SessionFacts & { startTime: string; secondNoShowInMonth: boolean },
): Record<string, string> {
  let plan: string;
  if (attendance === SessionAttendance.NO_SHOW) {
    plan = f.secondNoShowInMonth
      ? join(
          `Did not attend the ${f.startTime} session; second no-show this month.`,
          `Called twice (no answer, voicemail left) and sent an outreach letter to the address on file.`,
          f.peerName ? `Asked ${f.peerName} to try a home visit this week.` : null,
          'Raised in supervision: engagement at risk; will offer a later appointment time and review the level of care if contact is not re-established within a week.',
        )
      : r.pick([
          `Did not attend the ${f.startTime} session and did not call. Phoned 20 minutes after the start time, left a voicemail; texted the appointment for next week. Will review attendance at the next session.`,
          `No-show for the ${f.startTime} appointment. Reached ${f.name} by phone later that day: had mixed up the appointment day. Safety checked, no use reported; rebooked for Thursday.`,
        ]);
  } else if (attendance === SessionAttendance.CANCELLED_BY_CLIENT) {
    plan = r.pick([
      `${f.name} called in the morning to cancel (sick child at home). No concerns raised on the call; rebooked for later in the week.`,
      `Cancelled by ${f.name} the day before because of a court date. Rescheduled for next week; check-ins to continue.`,
      `Cancelled by text an hour before: car broke down. Offered a telehealth slot; ${f.name} chose to rebook for Monday.`,
    ]);
  } else {
    plan = r.pick([
      'Session cancelled by the program: counselor off sick. Client called the day before and rebooked; peer worker to check in meanwhile.',
      'Cancelled by the program: building closed after a power cut. Client reached by phone, no concerns; rebooked for the next day.',
    ]);
  }
  return emptyExceptPlan(format, plan);
}

function emptyExceptPlan(format: ProgressNoteFormat, plan: string): Record<string, string> {
  const keys: Record<ProgressNoteFormat, string[]> = {
    [ProgressNoteFormat.DAP]: ['data', 'assessment'],
    [ProgressNoteFormat.SOAP]: ['subjective', 'objective', 'assessment'],
    [ProgressNoteFormat.BIRP]: ['behavior', 'intervention', 'response'],
  };
  return { ...Object.fromEntries(keys[format].map((k) => [k, ''])), plan };
}

/** A draft left part-way: the opening sections written, the later ones still empty or half a sentence. */
export function draftSections(r: SeededRandom, format: ProgressNoteFormat, f: SessionFacts): Record<string, string> {
  const full = attendedSections(r, format, f);
  const keys = Object.keys(full);
  const written = Math.max(1, keys.length - 2);
  return Object.fromEntries(
    keys.map((key, i) => [
      key,
      i < written
        ? full[key]!
        : i === written
          ? r.pick(['Discussed the week and', `${f.name} agreed to try`, 'Continue weekly sessions and'])
          : '',
    ]),
  );
}

export enum AddendumKind {
  LATE_CALL = 'LATE_CALL',
  DATE_CORRECTION = 'DATE_CORRECTION',
  SCREEN_RESULT = 'SCREEN_RESULT',
  COORDINATION = 'COORDINATION',
}

/** `plan` is the signed plan section the addendum adds to (a correction quotes what it corrects). */
export function addendumText(r: SeededRandom, kind: AddendumKind, f: SessionFacts, plan: string): string {
  switch (kind) {
    case AddendumKind.LATE_CALL:
      return r.pick([
        f.substance.kind === SubstanceKind.ALCOHOL
          ? `Late entry: ${f.name} called after the session to report that ${f.their} ${f.familyMember?.relation ?? 'housemate'} had agreed to keep no alcohol in the flat. Added to the coping plan.`
          : `Late entry: ${f.name} called after the session to report that an old using contact had turned up at the door; ${f.name} did not let them in and went to stay with ${f.their} ${f.familyMember?.relation ?? 'sponsor'} for the night. Reviewed the coping plan by phone.`,
        `Late entry: ${f.name} called the clinic the same evening to say the craving passed after a call to ${f.their} ${f.familyMember?.relation ?? 'sponsor'}. Praised the use of the plan.`,
      ]);
    case AddendumKind.DATE_CORRECTION: {
      const written = /visit on (\w+day)/.exec(plan)?.[1] ?? 'Tuesday';
      const actual = written === 'Thursday' ? 'Friday' : 'Thursday';
      return `Correction: the prescriber visit in the plan is on ${actual}, not ${written} as written. No other change.`;
    }
    case AddendumKind.SCREEN_RESULT:
      return `Laboratory confirmation of the urine drug screen from this session received: ${f.screen?.positive ? `positive for ${SUBSTANCE_WORDS[f.substance.kind].drug}, consistent with the reported use` : 'negative for all substances tested'}.`;
    case AddendumKind.COORDINATION:
    default:
      return `Spoke with the prescriber after the session, within the client's consent: dose unchanged, next review in four weeks.`;
  }
}
