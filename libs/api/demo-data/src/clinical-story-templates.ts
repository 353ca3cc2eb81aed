import { Modality, MutualAidMeetingKind, SupportRelationship } from '@carecircle/shared/domain';

/**
 * Synthetic clinical wording for the demo. No real person's record is behind any of it.
 *
 * A plan is assembled from templates keyed by the client's own diagnoses: the substance-use
 * disorder decides the use goal and whether medication (MAT) has a place, each co-occurring
 * mental-health diagnosis adds its own problem, and objectives carry the interventions that fit
 * them, so a goal never borrows an objective from another goal.
 */
export interface InterventionTemplate {
  description: string;
  frequency: string;
  modality: Modality;
  /** Delivered by the peer support worker; left out when the client has none. */
  byPeer?: boolean;
}

export interface ObjectiveTemplate {
  description: string;
  /** The first that can be delivered is always planned; the rest are options. */
  interventions: readonly InterventionTemplate[];
}

export interface GoalTemplate {
  description: string;
  /** The first is always planned; the rest are options. */
  objectives: readonly ObjectiveTemplate[];
}

export interface ProblemWording {
  clientStatement: string;
  clinicalDescription: string;
}

export interface MedicationTemplate {
  /** The medication's name as it appears in the plan. */
  name: string;
  goal: GoalTemplate;
}

export enum SubstanceKind {
  ALCOHOL = 'ALCOHOL',
  OPIOIDS = 'OPIOIDS',
  COCAINE = 'COCAINE',
  METHAMPHETAMINE = 'METHAMPHETAMINE',
  CANNABIS = 'CANNABIS',
}

export interface SubstanceProfile {
  kind: SubstanceKind;
  diagnosis: { code: string; description: string };
  /** The name a check-in records when use is reported (COMMON_CHECK_IN_SUBSTANCES). */
  checkInSubstance: string;
  /** Mutual-aid fellowships that fit: AA for alcohol, NA for drugs, SMART for either. */
  meetingKinds: readonly MutualAidMeetingKind[];
  meetingWords: string;
  problems: readonly ProblemWording[];
  useGoal: GoalTemplate;
  /**
   * Medications for addiction treatment. Only opioid and alcohol use disorders have approved
   * ones (buprenorphine, methadone, naltrexone; naltrexone, acamprosate, disulfiram); stimulant
   * and cannabis use disorders have none, so their plans carry no MAT.
   */
  medications: ReadonlyArray<readonly [MedicationTemplate, number]>;
  /** Share of clients with this disorder who take a medication. */
  medicationShare: number;
  /** How the client describes a lapse, for check-in notes ("had a few drinks"). */
  lapseWords: readonly string[];
  /** A network member who still uses, in the counselor's words. */
  riskMemberNotes: readonly string[];
}

const relapsePreventionReview: InterventionTemplate = {
  description: 'Relapse prevention: high-risk situation map and coping plan, reviewed in session',
  frequency: 'Every two weeks',
  modality: Modality.RELAPSE_PREVENTION,
};
const miCheck: InterventionTemplate = {
  description: 'Motivational interviewing on goals, ambivalence and change talk',
  frequency: 'Every two weeks',
  modality: Modality.MI,
};
const peerCoaching: InterventionTemplate = {
  description: 'Peer recovery coaching: weekly contact and help with practical barriers',
  frequency: 'Weekly',
  modality: Modality.PEER_RECOVERY_SUPPORT,
  byPeer: true,
};

// Medications for addiction treatment: one goal each, the first objective naming the medication.
const BUPRENORPHINE: MedicationTemplate = {
  name: 'buprenorphine',
  goal: {
    description: 'Stabilise on buprenorphine and stop using street opioids',
    objectives: [
      {
        description: 'Take buprenorphine-naloxone daily as prescribed and keep every prescriber visit for 12 weeks',
        interventions: [
          {
            description: 'Medication for opioid use disorder: buprenorphine-naloxone, weekly prescriber visit and dose review',
            frequency: 'Weekly',
            modality: Modality.MEDICATION_FOR_ADDICTION_TREATMENT,
          },
          { description: 'Coordinate with the prescriber after any missed dose or visit', frequency: 'As needed', modality: Modality.OTHER },
        ],
      },
      {
        description: 'Opioid-negative urine drug screens at every prescriber visit for 8 consecutive weeks',
        interventions: [
          { description: 'Review screen results in session and plan around any positive without judgement', frequency: 'Weekly', modality: Modality.MI },
        ],
      },
    ],
  },
};

const METHADONE: MedicationTemplate = {
  name: 'methadone',
  goal: {
    description: 'Stay on methadone treatment and stop using street opioids',
    objectives: [
      {
        description: 'Attend daily methadone dosing at the opioid treatment program with no more than 2 missed doses a month for 3 months',
        interventions: [
          {
            description: 'Medication for opioid use disorder: daily methadone dosing at the opioid treatment program, monthly dose review',
            frequency: 'Daily dosing; monthly review',
            modality: Modality.MEDICATION_FOR_ADDICTION_TREATMENT,
          },
          { description: 'Monthly coordination call with the opioid treatment program counselor', frequency: 'Monthly', modality: Modality.OTHER },
        ],
      },
      {
        description: 'Earn a take-home dose schedule by week 12',
        interventions: [
          { description: 'Motivational interviewing on routine and stability needed for take-home doses', frequency: 'Every two weeks', modality: Modality.MI },
        ],
      },
    ],
  },
};

const NALTREXONE_FOR_OPIOIDS: MedicationTemplate = {
  name: 'naltrexone',
  goal: {
    description: 'Stay opioid-free on extended-release naltrexone',
    objectives: [
      {
        description: 'Receive the monthly extended-release naltrexone injection on schedule for 3 months',
        interventions: [
          {
            description: 'Medication for opioid use disorder: monthly extended-release naltrexone injection after completed withdrawal',
            frequency: 'Monthly',
            modality: Modality.MEDICATION_FOR_ADDICTION_TREATMENT,
          },
        ],
      },
      {
        description: 'Name the risk of overdose after stopping naltrexone and have a plan for it by week 4',
        interventions: [{ description: 'Overdose risk education for the weeks after a missed injection', frequency: 'Once, then monthly', modality: Modality.OTHER }],
      },
    ],
  },
};

const NALTREXONE_FOR_ALCOHOL: MedicationTemplate = {
  name: 'naltrexone',
  goal: {
    description: 'Use naltrexone to take the edge off cravings for alcohol',
    objectives: [
      {
        description: 'Take naltrexone 50 mg daily and report any missed doses at each session for 12 weeks',
        interventions: [
          {
            description: 'Medication for alcohol use disorder: oral naltrexone, monthly prescriber review and liver function follow-up',
            frequency: 'Monthly',
            modality: Modality.MEDICATION_FOR_ADDICTION_TREATMENT,
          },
          { description: 'Check adherence and side effects at each session', frequency: 'Weekly', modality: Modality.OTHER },
        ],
      },
    ],
  },
};

const ACAMPROSATE: MedicationTemplate = {
  name: 'acamprosate',
  goal: {
    description: 'Stay sober with the help of acamprosate',
    objectives: [
      {
        description: 'Take acamprosate three times a day as prescribed for 12 weeks, using a pill organiser',
        interventions: [
          {
            description: 'Medication for alcohol use disorder: acamprosate started after withdrawal, monthly prescriber review',
            frequency: 'Monthly',
            modality: Modality.MEDICATION_FOR_ADDICTION_TREATMENT,
          },
          { description: 'Check adherence and side effects at each session', frequency: 'Weekly', modality: Modality.OTHER },
        ],
      },
    ],
  },
};

const DISULFIRAM: MedicationTemplate = {
  name: 'disulfiram',
  goal: {
    description: 'Use disulfiram as a daily commitment not to drink',
    objectives: [
      {
        description: 'Take disulfiram each morning, witnessed by a supportive person, for 12 weeks',
        interventions: [
          {
            description: 'Medication for alcohol use disorder: supervised disulfiram, monthly prescriber review',
            frequency: 'Monthly',
            modality: Modality.MEDICATION_FOR_ADDICTION_TREATMENT,
          },
          { description: 'Agree the morning routine with the supporting person in a joint session', frequency: 'Once, then monthly', modality: Modality.FAMILY_THERAPY },
        ],
      },
    ],
  },
};

const stimulantScreens = (drug: string): ObjectiveTemplate => ({
  description: 'Stimulant-negative urine drug screens at twice-weekly visits for 12 weeks',
  interventions: [
    {
      description: 'Contingency management: prize draws for each stimulant-negative urine screen',
      frequency: 'Twice a week',
      modality: Modality.CONTINGENCY_MANAGEMENT,
    },
    { description: `CBT for ${drug} use: functional analysis of each use episode`, frequency: 'Weekly', modality: Modality.CBT },
  ],
});

export const SUBSTANCE_PROFILES: Record<SubstanceKind, SubstanceProfile> = {
  [SubstanceKind.ALCOHOL]: {
    kind: SubstanceKind.ALCOHOL,
    diagnosis: { code: 'F10.20', description: 'Alcohol dependence, uncomplicated' },
    checkInSubstance: 'alcohol',
    meetingKinds: [MutualAidMeetingKind.AA, MutualAidMeetingKind.AA, MutualAidMeetingKind.SMART_RECOVERY],
    meetingWords: 'AA or SMART Recovery',
    problems: [
      {
        clientStatement: 'I drink to switch off after work and then I can’t stop.',
        clinicalDescription: 'Alcohol use disorder, moderate; drinking cued by occupational stress and the evening routine.',
      },
      {
        clientStatement: 'It started as a glass of wine with dinner. Now it’s a bottle, and I hide the empties.',
        clinicalDescription: 'Alcohol use disorder, moderate; escalating solitary evening drinking with concealment.',
      },
      {
        clientStatement: 'My hands shake in the morning until I have a drink.',
        clinicalDescription: 'Alcohol use disorder, severe; morning drinking to relieve withdrawal, completed medically managed withdrawal.',
      },
    ],
    useGoal: {
      description: 'Stop drinking and build evenings that do not revolve around alcohol',
      objectives: [
        {
          description: 'No drinking days reported on check-ins for 8 consecutive weeks',
          interventions: [
            { description: 'CBT for alcohol use: drink refusal skills and planning the evening routine', frequency: 'Weekly', modality: Modality.CBT },
            miCheck,
          ],
        },
        {
          description: 'Plan and do 3 alcohol-free evening activities a week for 6 weeks',
          interventions: [
            { description: 'Activity scheduling for evenings, reviewed each session', frequency: 'Weekly', modality: Modality.CBT },
            { description: 'Peer coach joins one sober evening activity a week', frequency: 'Weekly', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true },
          ],
        },
      ],
    },
    medications: [
      [NALTREXONE_FOR_ALCOHOL, 5],
      [ACAMPROSATE, 3],
      [DISULFIRAM, 1],
    ],
    medicationShare: 0.6,
    lapseWords: ['had a few drinks', 'drank most of a bottle of wine', 'had a couple of beers', 'drank at the bar after work'],
    riskMemberNotes: ['Still drinks heavily; client avoids evenings at their place.', 'Drinking buddy from work; keeps inviting client to the pub.'],
  },
  [SubstanceKind.OPIOIDS]: {
    kind: SubstanceKind.OPIOIDS,
    diagnosis: { code: 'F11.20', description: 'Opioid dependence, uncomplicated' },
    checkInSubstance: 'opioids',
    meetingKinds: [MutualAidMeetingKind.NA, MutualAidMeetingKind.NA, MutualAidMeetingKind.SMART_RECOVERY],
    meetingWords: 'NA or SMART Recovery',
    problems: [
      {
        clientStatement: 'I started with pills after my back surgery and now I need them to feel normal.',
        clinicalDescription: 'Opioid use disorder, moderate; onset after prescribed analgesia, withdrawal-driven use.',
      },
      {
        clientStatement: 'I switched to fentanyl when the pills got too expensive. I’ve overdosed once.',
        clinicalDescription: 'Opioid use disorder, severe; illicit fentanyl use with one prior non-fatal overdose.',
      },
    ],
    useGoal: {
      description: 'Stop using street opioids and stay safe from overdose',
      objectives: [
        {
          description: 'Carry a naloxone kit and show one family member or friend how to use it by week 2',
          interventions: [{ description: 'Overdose education and naloxone kit, practised in session', frequency: 'Once, then monthly', modality: Modality.OTHER }],
        },
        {
          description: 'No opioid use reported on check-ins for 8 consecutive weeks',
          interventions: [relapsePreventionReview, miCheck],
        },
      ],
    },
    medications: [
      [BUPRENORPHINE, 6],
      [METHADONE, 3],
      [NALTREXONE_FOR_OPIOIDS, 2],
    ],
    medicationShare: 1,
    lapseWords: ['used a couple of pills', 'used once on Saturday', 'bought pills from an old contact', 'used after a missed dose'],
    riskMemberNotes: ['Still uses; has offered pills before.', 'Used together for years; client has asked them not to visit.'],
  },
  [SubstanceKind.COCAINE]: {
    kind: SubstanceKind.COCAINE,
    diagnosis: { code: 'F14.20', description: 'Cocaine dependence, uncomplicated' },
    checkInSubstance: 'cocaine',
    meetingKinds: [MutualAidMeetingKind.NA, MutualAidMeetingKind.SMART_RECOVERY, MutualAidMeetingKind.OTHER],
    meetingWords: 'NA, CA or SMART Recovery',
    problems: [
      {
        clientStatement: 'Weekends turn into three-day binges and I miss Monday.',
        clinicalDescription: 'Stimulant (cocaine) use disorder, moderate; binge pattern linked to social settings and pay days.',
      },
      {
        clientStatement: 'I only use when I drink, but lately I drink so I can use.',
        clinicalDescription: 'Stimulant (cocaine) use disorder, moderate; use cued by alcohol and nightlife.',
      },
    ],
    useGoal: {
      description: 'Stop using cocaine and get through weekends without a binge',
      objectives: [
        stimulantScreens('cocaine'),
        {
          description: 'Write and rehearse a plan for Friday and Saturday nights and pay days by week 3',
          interventions: [relapsePreventionReview, { description: 'Peer coach plans a sober Saturday activity with the client', frequency: 'Weekly', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true }],
        },
        {
          description: 'Delete dealer and using contacts from the phone by week 2',
          interventions: [miCheck],
        },
      ],
    },
    medications: [],
    medicationShare: 0,
    lapseWords: ['used coke with old friends', 'bought a gram on payday', 'used at a party'],
    riskMemberNotes: ['Old using friend; client has deleted the number.', 'Still parties every weekend and calls on Fridays.'],
  },
  [SubstanceKind.METHAMPHETAMINE]: {
    kind: SubstanceKind.METHAMPHETAMINE,
    diagnosis: { code: 'F15.20', description: 'Other stimulant dependence, uncomplicated' },
    checkInSubstance: 'methamphetamine',
    meetingKinds: [MutualAidMeetingKind.NA, MutualAidMeetingKind.SMART_RECOVERY, MutualAidMeetingKind.OTHER],
    meetingWords: 'NA, CMA or SMART Recovery',
    problems: [
      {
        clientStatement: 'Meth keeps me going on double shifts, then I crash hard.',
        clinicalDescription: 'Stimulant (methamphetamine) use disorder, moderate; use tied to work hours and sleep loss.',
      },
      {
        clientStatement: 'I stay up for days and get paranoid, but I keep going back to it.',
        clinicalDescription: 'Stimulant (methamphetamine) use disorder, severe; binge use with transient paranoia when sleep-deprived.',
      },
    ],
    useGoal: {
      description: 'Stop using methamphetamine and get regular sleep back',
      objectives: [
        stimulantScreens('methamphetamine'),
        {
          description: 'Sleep at least 6 hours on 5 nights a week for 6 weeks',
          interventions: [{ description: 'Sleep routine and stimulus control, reviewed with a sleep diary', frequency: 'Weekly', modality: Modality.CBT }],
        },
        {
          description: 'Agree shift hours with the employer that leave a full night off between shifts by week 6',
          interventions: [miCheck, { description: 'Peer coach helps prepare for the conversation with the employer', frequency: 'As needed', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true }],
        },
      ],
    },
    medications: [],
    medicationShare: 0,
    lapseWords: ['used to get through a double shift', 'used on Friday night', 'used with an ex-partner'],
    riskMemberNotes: ['Works the same shifts and still uses; client is asking to change crews.', 'Ex-partner who still uses; client has stopped answering.'],
  },
  [SubstanceKind.CANNABIS]: {
    kind: SubstanceKind.CANNABIS,
    diagnosis: { code: 'F12.20', description: 'Cannabis dependence, uncomplicated' },
    checkInSubstance: 'cannabis',
    meetingKinds: [MutualAidMeetingKind.SMART_RECOVERY, MutualAidMeetingKind.NA, MutualAidMeetingKind.OTHER],
    meetingWords: 'SMART Recovery, MA or NA',
    problems: [
      {
        clientStatement: 'I smoke all day and I’ve stopped doing anything else.',
        clinicalDescription: 'Cannabis use disorder, moderate; daily use with loss of roles and motivation.',
      },
      {
        clientStatement: 'I can’t sleep without smoking, and I dropped out of college.',
        clinicalDescription: 'Cannabis use disorder, moderate; nightly use for sleep, withdrawal insomnia when stopping.',
      },
    ],
    useGoal: {
      description: 'Stop daily cannabis use and pick back up what I dropped',
      objectives: [
        {
          description: 'Cut cannabis use to zero days a week by the target date, tracked on check-ins',
          interventions: [
            { description: 'Motivational enhancement therapy on the costs and benefits of use', frequency: 'Weekly', modality: Modality.MI },
            { description: 'CBT for cannabis use: coping with withdrawal irritability and sleep', frequency: 'Weekly', modality: Modality.CBT },
          ],
        },
        {
          description: 'Restart one dropped activity (class, sport or job search) and do it weekly for 6 weeks',
          interventions: [
            { description: 'Activity scheduling and problem solving around barriers', frequency: 'Weekly', modality: Modality.CBT },
            peerCoaching,
          ],
        },
      ],
    },
    medications: [],
    medicationShare: 0,
    lapseWords: ['smoked a couple of joints', 'smoked every night this week', 'smoked with the roommate'],
    riskMemberNotes: ['Roommate smokes daily at home; client is looking at moving out.', 'Friend who deals; client avoids the group chat.'],
  },
};

/** Substance mix of the caseload (weights), roughly what an outpatient program sees. */
export const SUBSTANCE_MIX: ReadonlyArray<readonly [SubstanceKind, number]> = [
  [SubstanceKind.ALCOHOL, 30],
  [SubstanceKind.OPIOIDS, 25],
  [SubstanceKind.COCAINE, 15],
  [SubstanceKind.METHAMPHETAMINE, 12],
  [SubstanceKind.CANNABIS, 18],
];

/** The substance profile a substance-use code belongs to (F10 alcohol, F11 opioids…), if any. */
export function substanceProfileForCode(code: string): SubstanceProfile | undefined {
  return Object.values(SUBSTANCE_PROFILES).find((p) => p.diagnosis.code.slice(0, 3) === code.slice(0, 3));
}

export interface MentalHealthProfile {
  key: string;
  diagnosis: { code: string; description: string };
  problems: readonly ProblemWording[];
  goal: GoalTemplate;
}

const safetyPlan: ObjectiveTemplate = {
  description: 'Have a written safety plan and review it with the counselor each month',
  interventions: [{ description: 'Collaborative safety planning, reviewed monthly', frequency: 'Monthly', modality: Modality.OTHER }],
};

export const MENTAL_HEALTH_PROFILES: readonly MentalHealthProfile[] = [
  {
    key: 'depression',
    diagnosis: { code: 'F32.1', description: 'Major depressive disorder, single episode, moderate' },
    problems: [
      {
        clientStatement: 'Most days I can’t see the point, and using was the only thing that lifted me.',
        clinicalDescription: 'Major depressive disorder, moderate; low mood, poor sleep and withdrawal that raise the risk of relapse.',
      },
    ],
    goal: {
      description: 'Lift my mood and get my days back',
      objectives: [
        {
          description: 'Reduce PHQ-9 score by at least 5 points by the target date',
          interventions: [
            { description: 'CBT for depression: behavioural activation and thought records', frequency: 'Weekly', modality: Modality.CBT },
            { description: 'Coordinate an antidepressant review with the primary care prescriber', frequency: 'Monthly', modality: Modality.OTHER },
          ],
        },
        {
          description: 'Plan and do 3 valued activities a week for 6 weeks',
          interventions: [{ description: 'Behavioural activation: weekly activity scheduling and review', frequency: 'Weekly', modality: Modality.CBT }],
        },
        safetyPlan,
      ],
    },
  },
  {
    key: 'recurrent depression',
    diagnosis: { code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate' },
    problems: [
      {
        clientStatement: 'The dark patches keep coming back, and every time they do I start using again.',
        clinicalDescription: 'Major depressive disorder, recurrent, moderate; depressive episodes have preceded each return to use.',
      },
    ],
    goal: {
      description: 'Catch the dark patches early and get through them without using',
      objectives: [
        {
          description: 'Reduce PHQ-9 score below 10 by the target date',
          interventions: [
            { description: 'CBT for depression: thought records and relapse signature for low mood', frequency: 'Weekly', modality: Modality.CBT },
            { description: 'Coordinate an antidepressant review with the primary care prescriber', frequency: 'Monthly', modality: Modality.OTHER },
          ],
        },
        {
          description: 'Write an early-warning plan for low mood with one supportive person by week 6',
          interventions: [{ description: 'Early-warning signs and action plan, shared with a supportive person', frequency: 'Every two weeks', modality: Modality.CBT }],
        },
        safetyPlan,
      ],
    },
  },
  {
    key: 'generalized anxiety',
    diagnosis: { code: 'F41.1', description: 'Generalized anxiety disorder' },
    problems: [
      {
        clientStatement: 'My mind won’t stop racing, and using was the only thing that slowed it down.',
        clinicalDescription: 'Generalized anxiety disorder; chronic worry and muscle tension, with use as a way to quiet them.',
      },
    ],
    goal: {
      description: 'Manage worry without using',
      objectives: [
        {
          description: 'Reduce GAD-7 score below 10 by the target date',
          interventions: [{ description: 'CBT for anxiety: worry postponement and cognitive restructuring', frequency: 'Weekly', modality: Modality.CBT }],
        },
        {
          description: 'Practise a relaxation skill daily and log it for 6 weeks',
          interventions: [
            { description: 'Paced breathing and progressive muscle relaxation, practised in session and reviewed from the log', frequency: 'Weekly', modality: Modality.CBT },
            { description: 'DBT skills group: distress tolerance and mindfulness', frequency: 'Weekly', modality: Modality.DBT },
          ],
        },
      ],
    },
  },
  {
    key: 'PTSD',
    diagnosis: { code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified' },
    problems: [
      {
        clientStatement: 'Nightmares wake me up and I use to get back to sleep.',
        clinicalDescription: 'Post-traumatic stress disorder; intrusions and hyperarousal, with use as a way to numb them.',
      },
      {
        clientStatement: 'Loud noises put me right back there. Using is the only way I feel safe.',
        clinicalDescription: 'Post-traumatic stress disorder; hypervigilance and startle, use to manage arousal.',
      },
    ],
    goal: {
      description: 'Feel safe and manage trauma symptoms without using',
      objectives: [
        {
          description: 'Use a grounding skill when flashbacks or nightmares happen, logged in 4 of every 5 weeks',
          interventions: [
            { description: 'Seeking Safety group: present-focused coping for trauma and substance use', frequency: 'Weekly', modality: Modality.TRAUMA_INFORMED },
            { description: 'Trauma-informed stabilisation: grounding and safety skills in individual sessions', frequency: 'Weekly', modality: Modality.TRAUMA_INFORMED },
          ],
        },
        {
          description: 'Sleep at least 6 hours on 5 nights a week for 6 weeks',
          interventions: [{ description: 'CBT for nightmares: imagery rehearsal and a steady sleep routine', frequency: 'Weekly', modality: Modality.CBT }],
        },
        {
          description: 'Decide with the counselor by week 10 whether to start cognitive processing therapy',
          interventions: [{ description: 'Psychoeducation on trauma-focused therapies and a readiness review', frequency: 'Every two weeks', modality: Modality.TRAUMA_INFORMED }],
        },
      ],
    },
  },
  {
    key: 'bipolar',
    diagnosis: { code: 'F31.9', description: 'Bipolar disorder, unspecified' },
    problems: [
      {
        clientStatement: 'When I’m up I don’t sleep for days and I use; when I crash I use more.',
        clinicalDescription: 'Bipolar disorder; mood episodes and substance use drive each other, sleep loss is the early warning sign.',
      },
    ],
    goal: {
      description: 'Keep my mood steady',
      objectives: [
        {
          description: 'Keep every psychiatric medication review for 12 weeks',
          interventions: [
            { description: 'Coordinate mood-stabiliser management with the consulting psychiatrist', frequency: 'Monthly', modality: Modality.OTHER },
            { description: 'Psychoeducation on early warning signs of mood episodes, reviewed against the mood chart', frequency: 'Weekly', modality: Modality.CBT },
          ],
        },
        {
          description: 'Fill in a daily mood and sleep chart for 8 weeks',
          interventions: [{ description: 'Review the mood and sleep chart each session', frequency: 'Weekly', modality: Modality.CBT }],
        },
        {
          description: 'Write a relapse signature and action plan with a family member by week 6',
          interventions: [{ description: 'Family-focused psychoeducation on mood relapse signatures', frequency: 'Monthly', modality: Modality.FAMILY_THERAPY }],
        },
      ],
    },
  },
  {
    key: 'borderline personality',
    diagnosis: { code: 'F60.3', description: 'Borderline personality disorder' },
    problems: [
      {
        clientStatement: 'When I feel rejected it’s like a switch flips, and I either use or hurt myself.',
        clinicalDescription: 'Borderline personality disorder; emotion dysregulation, impulsive use and self-harm urges.',
      },
    ],
    goal: {
      description: 'Get through intense emotions without using or hurting myself',
      objectives: [
        {
          description: 'Use a DBT skill instead of using when distress goes above 7/10, recorded on the diary card for 8 weeks',
          interventions: [
            { description: 'DBT skills group: distress tolerance and emotion regulation', frequency: 'Twice a week', modality: Modality.DBT },
            { description: 'Individual DBT with weekly diary card review', frequency: 'Weekly', modality: Modality.DBT },
          ],
        },
        safetyPlan,
      ],
    },
  },
];

/** Which co-occurring diagnoses the demo gives (weights): depression and PTSD are the commonest with SUD. */
export const MENTAL_HEALTH_MIX: ReadonlyArray<readonly [MentalHealthProfile, number]> = MENTAL_HEALTH_PROFILES.map((p) => {
  const weights: Record<string, number> = {
    depression: 18,
    'recurrent depression': 10,
    'generalized anxiety': 18,
    PTSD: 22,
    bipolar: 10,
    'borderline personality': 10,
  };
  return [p, weights[p.key] ?? 10] as const;
});

/**
 * Goals about life around recovery. They sit under the substance-use problem (they serve it);
 * `{meetings}` becomes the fellowships that fit the client's substance.
 */
export enum RecoveryGoalKind {
  CRAVINGS = 'CRAVINGS',
  COMMUNITY = 'COMMUNITY',
  FAMILY = 'FAMILY',
  WORK = 'WORK',
}

export const RECOVERY_GOALS: Record<RecoveryGoalKind, GoalTemplate> = {
  [RecoveryGoalKind.CRAVINGS]: {
    description: 'Manage cravings and high-risk situations without using',
    objectives: [
      {
        description: 'Identify 5 personal triggers and a coping plan for each by week 4',
        interventions: [relapsePreventionReview, { description: 'CBT thought records for craving episodes', frequency: 'Weekly', modality: Modality.CBT }],
      },
      {
        description: 'Use a coping skill and log it each time craving goes above 6/10, for 6 weeks',
        interventions: [
          { description: 'Urge surfing and craving management skills practice', frequency: 'Weekly', modality: Modality.CBT },
          { description: 'DBT distress-tolerance skills for craving peaks', frequency: 'Weekly', modality: Modality.DBT },
        ],
      },
      {
        description: 'Complete a check-in on at least 5 days a week for 8 weeks',
        interventions: [
          { description: 'Review check-in trends at each session and reflect on changes', frequency: 'Weekly', modality: Modality.MI },
          { description: 'Peer coach follows up on missed check-ins', frequency: 'As needed', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true },
        ],
      },
    ],
  },
  [RecoveryGoalKind.COMMUNITY]: {
    description: 'Connect with a recovery community',
    objectives: [
      {
        description: 'Attend at least 3 {meetings} meetings a week for 8 weeks',
        interventions: [
          { description: 'Twelve-step facilitation: meeting list, preparing for the first meetings and debriefing them', frequency: 'Weekly', modality: Modality.TWELVE_STEP_FACILITATION },
          { description: 'Peer coach goes with the client to the first meetings', frequency: 'Weekly', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true },
        ],
      },
      {
        description: 'Find a sponsor or recovery mentor and call them every week by week 6',
        interventions: [{ description: 'Twelve-step facilitation: sponsor linkage', frequency: 'Every two weeks', modality: Modality.TWELVE_STEP_FACILITATION }, peerCoaching],
      },
      {
        description: 'Take part in one sober social activity a week for 8 weeks',
        interventions: [
          { description: 'Peer coach links the client to recovery community centre events', frequency: 'Weekly', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true },
          { description: 'Review sober activities and what got in the way, in session', frequency: 'Every two weeks', modality: Modality.MI },
        ],
      },
    ],
  },
  [RecoveryGoalKind.FAMILY]: {
    description: 'Rebuild trust with family',
    objectives: [
      {
        description: 'Hold one family session a month with a supportive family member for 3 months',
        interventions: [{ description: 'Family therapy session with supportive family members', frequency: 'Monthly', modality: Modality.FAMILY_THERAPY }],
      },
      {
        description: 'Agree a family recovery plan covering money, house rules and what happens after a lapse by week 8',
        interventions: [{ description: 'Family therapy: write the family recovery agreement together', frequency: 'Every two weeks', modality: Modality.FAMILY_THERAPY }],
      },
      {
        description: 'A family member attends the family education group at least twice',
        interventions: [{ description: 'Invite family to the family education group', frequency: 'Monthly', modality: Modality.FAMILY_THERAPY }],
      },
    ],
  },
  [RecoveryGoalKind.WORK]: {
    description: 'Return to stable work',
    objectives: [
      {
        description: 'Complete a vocational rehabilitation intake by week 4',
        interventions: [
          { description: 'Case management: referral to vocational rehabilitation and follow-up', frequency: 'Every two weeks', modality: Modality.OTHER },
          { description: 'Peer coach helps with the forms and the ride to the intake', frequency: 'As needed', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true },
        ],
      },
      {
        description: 'Apply for at least 3 jobs a week for 6 weeks',
        interventions: [
          { description: 'Peer coach reviews applications and practises interviews', frequency: 'Weekly', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true },
          miCheck,
        ],
      },
    ],
  },
};

/** Every goal template, for checks that a goal's objectives are its own. */
export function allGoalTemplates(): GoalTemplate[] {
  const substance = Object.values(SUBSTANCE_PROFILES).flatMap((p) => [p.useGoal, ...p.medications.map(([m]) => m.goal)]);
  return [...substance, ...MENTAL_HEALTH_PROFILES.map((p) => p.goal), ...Object.values(RECOVERY_GOALS)];
}

export const NETWORK_ROLES: ReadonlyArray<{ relationship: SupportRelationship; label: string }> = [
  { relationship: SupportRelationship.PARENT, label: 'mother' },
  { relationship: SupportRelationship.PARENT, label: 'father' },
  { relationship: SupportRelationship.PARTNER, label: 'partner' },
  { relationship: SupportRelationship.SPOUSE, label: 'spouse' },
  { relationship: SupportRelationship.SIBLING, label: 'sister' },
  { relationship: SupportRelationship.SIBLING, label: 'brother' },
  { relationship: SupportRelationship.FRIEND, label: 'friend' },
  { relationship: SupportRelationship.SPONSOR, label: 'sponsor' },
  { relationship: SupportRelationship.EMPLOYER, label: 'employer' },
  { relationship: SupportRelationship.OTHER_FAMILY, label: 'cousin' },
];

export const OUTSIDE_ORGANIZATIONS = ['Lakeside Primary Care (synthetic)', 'County Probation Office (synthetic)', 'Harbor Housing Trust (synthetic)'] as const;
