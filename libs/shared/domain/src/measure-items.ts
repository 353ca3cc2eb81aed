import type { MeasureInstrument } from './measures';

/**
 * The published wording and answer choices of every measure CareCircle administers, item by item.
 * The browser's form and the server's scoring both read these, so an item's type (a choice on a
 * scale, or a number of days) is defined once. Answers are given in the order of `items`.
 *
 * Instrument keys are the enum's string values (not the enum itself) so this file does not import
 * measures.ts at runtime: measures.ts imports these forms to score.
 */

/** One answer choice and the number it scores. */
export interface MeasureChoice {
  value: number;
  label: string;
}

/** Answered by picking one of `choices`; the answer is the choice's value. */
export interface MeasureChoiceItem {
  kind: 'CHOICE';
  /** As printed on the form, e.g. '9' or '14'. */
  number: string;
  text: string;
  choices: readonly MeasureChoice[];
  /** False for items recorded and scored nowhere (none today; kept for symmetry with day items). */
  scored: boolean;
}

/** Answered as a number of days (or nights) in the recall period, 0 to `maxDays`. */
export interface MeasureDaysItem {
  kind: 'DAYS';
  number: string;
  text: string;
  maxDays: number;
  /** Unit as the item asks it: 'days' or 'nights'. */
  unit: 'days' | 'nights';
  /** Scored items convert days to 0–4 (bamDaysToScore); BAM 7A–7G are recorded, not scored. */
  scored: boolean;
}

export type MeasureItem = MeasureChoiceItem | MeasureDaysItem;

export interface MeasureForm {
  instrument: `${MeasureInstrument}`;
  /** The instrument's published short name, e.g. 'PHQ-9'. */
  name: string;
  /** What it measures, in the clinicians' words. */
  title: string;
  /** The version stored with each administration (see MEASURE_INSTRUMENT_VERSIONS). */
  version: string;
  /** The instruction read before the items, e.g. "Over the last 2 weeks…". */
  stem: string;
  items: readonly MeasureItem[];
}

/**
 * Version identifiers stored with every administration. The instrument is stored beside it, so the
 * version names only the published form the answers follow, by the year it was published:
 * - PHQ-9 '2001': Kroenke, Spitzer & Williams, J Gen Intern Med 2001 (the 9-item, 2-week form).
 * - GAD-7 '2006': Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006.
 * - BARC-10 '2017': Vilsaint et al., Drug Alcohol Depend 2017 (10 items, 6-point agreement scale).
 * - BAM 'Likert-2010': the VA's Brief Addiction Monitor, past-30-days form with Likert-scored items
 *   and day counts converted to 0–4 (VA BAM manual 2010; Cacciola et al. 2013). The weekly BAM-IOP
 *   variant would be another version with its own items and recall period.
 * A new version of a form gets a new identifier; stored answers are always read with the version
 * they were given under.
 */
export const MEASURE_INSTRUMENT_VERSIONS = { PHQ_9: '2001', GAD_7: '2006', BARC_10: '2017', BAM: 'Likert-2010' } as const satisfies Record<
  `${MeasureInstrument}`,
  string
>;

/**
 * BAM rows recorded before the item types were corrected (day counts were taken for items 8, 12
 * and 14 and Likert answers for 2, 3, 10 and 16). Their answers cannot be re-read under the
 * published types, so they keep their sub-scores as computed then and are labelled with this prefix.
 */
export const BAM_LEGACY_VERSION_PREFIX = 'Legacy item types: ';

const OVER_2_WEEKS: readonly MeasureChoice[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

const choiceItem = (number: string, text: string, choices: readonly MeasureChoice[]): MeasureChoiceItem => ({
  kind: 'CHOICE',
  number,
  text,
  choices,
  scored: true,
});

export const PHQ9_FORM: MeasureForm = {
  instrument: 'PHQ_9',
  name: 'PHQ-9',
  title: 'Depression (Patient Health Questionnaire)',
  version: MEASURE_INSTRUMENT_VERSIONS.PHQ_9,
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ].map((text, i) => choiceItem(String(i + 1), text, OVER_2_WEEKS)),
};

export const GAD7_FORM: MeasureForm = {
  instrument: 'GAD_7',
  name: 'GAD-7',
  title: 'Anxiety (Generalized Anxiety Disorder 7-item scale)',
  version: MEASURE_INSTRUMENT_VERSIONS.GAD_7,
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ].map((text, i) => choiceItem(String(i + 1), text, OVER_2_WEEKS)),
};

const AGREEMENT: readonly MeasureChoice[] = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Somewhat disagree' },
  { value: 4, label: 'Somewhat agree' },
  { value: 5, label: 'Agree' },
  { value: 6, label: 'Strongly agree' },
];

export const BARC10_FORM: MeasureForm = {
  instrument: 'BARC_10',
  name: 'BARC-10',
  title: 'Recovery capital (Brief Assessment of Recovery Capital)',
  version: MEASURE_INSTRUMENT_VERSIONS.BARC_10,
  stem: 'How much do you agree or disagree with each statement?',
  items: [
    'There are more important things to me in life than using substances.',
    'In general I am happy with my life.',
    'I have enough energy to complete the tasks I set myself.',
    'I am proud of the community I live in and feel a part of it.',
    'I get lots of support from friends.',
    'I regard my life as challenging and fulfilling without the need for using drugs or alcohol.',
    'My living space has helped to drive my recovery journey.',
    'I take full responsibility for my actions.',
    'I am happy dealing with a range of professional people.',
    'I am making good progress on my recovery journey.',
  ].map((text, i) => choiceItem(String(i + 1), text, AGREEMENT)),
};

const BAM_HEALTH: readonly MeasureChoice[] = [
  { value: 0, label: 'Excellent' },
  { value: 1, label: 'Very good' },
  { value: 2, label: 'Good' },
  { value: 3, label: 'Fair' },
  { value: 4, label: 'Poor' },
];

const BAM_AMOUNT: readonly MeasureChoice[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Slightly' },
  { value: 2, label: 'Moderately' },
  { value: 3, label: 'Considerably' },
  { value: 4, label: 'Extremely' },
];

/** Item 14 is yes/no, scored no 0, yes 4 (a protective factor). */
const BAM_YES_NO: readonly MeasureChoice[] = [
  { value: 0, label: 'No' },
  { value: 4, label: 'Yes' },
];

const daysItem = (number: string, text: string, unit: 'days' | 'nights' = 'days', scored = true): MeasureDaysItem => ({
  kind: 'DAYS',
  number,
  text,
  maxDays: 30,
  unit,
  scored,
});

const BAM_DRUG_KINDS: ReadonlyArray<[string, string]> = [
  ['7A', 'Marijuana (cannabis, pot, weed)'],
  ['7B', 'Sedatives or tranquilizers (e.g. benzos, Valium, Xanax, Ativan, Ambien, barbiturates, downers)'],
  ['7C', 'Cocaine or crack'],
  ['7D', 'Other stimulants (e.g. amphetamine, methamphetamine, Dexedrine, Ritalin, Adderall, speed, crystal meth)'],
  ['7E', 'Opiates (e.g. heroin, morphine, Dilaudid, oxycodone, codeine, Percocet, Vicodin, fentanyl)'],
  ['7F', 'Inhalants (glues, adhesives, nail polish remover, paint thinner)'],
  ['7G', 'Other drugs (steroids, non-prescription sleep or diet pills, Benadryl, other over-the-counter or unknown medications)'],
];

/**
 * The BAM, past 30 days. Answers come in form order: items 1–6, then 7A–7G (days each drug kind was
 * used: recorded, not scored), then items 8–17 — 23 answers. Item types follow the published BAM
 * (../shared/DOMAIN.md): day counts 2, 3, 4, 5, 6, 10, 11, 13, 16; Likert 1, 8, 9, 12, 15, 17;
 * item 14 yes/no.
 */
export const BAM_FORM: MeasureForm = {
  instrument: 'BAM',
  name: 'BAM',
  title: 'Brief Addiction Monitor (past 30 days)',
  version: MEASURE_INSTRUMENT_VERSIONS.BAM,
  stem: 'These questions ask about the past 30 days.',
  items: [
    choiceItem('1', 'In the past 30 days, would you say your physical health has been:', BAM_HEALTH),
    daysItem('2', 'In the past 30 days, how many nights did you have trouble falling asleep or staying asleep?', 'nights'),
    daysItem('3', 'In the past 30 days, how many days have you felt depressed, anxious, angry or very upset throughout most of the day?'),
    daysItem('4', 'In the past 30 days, how many days did you drink any alcohol?'),
    daysItem(
      '5',
      'In the past 30 days, how many days did you have at least 5 drinks (if you are a man) or at least 4 drinks (if you are a woman)? ' +
        'One drink is one shot of hard liquor (1.5 oz), a 12-ounce can or bottle of beer, or a 5-ounce glass of wine.',
    ),
    daysItem('6', 'In the past 30 days, how many days did you use any illegal or street drugs or misuse any prescription medications?'),
    ...BAM_DRUG_KINDS.map(([number, drug]) => daysItem(number, `In the past 30 days, how many days did you use ${drug}?`, 'days', false)),
    choiceItem('8', 'In the past 30 days, how much were you bothered by cravings or urges to drink alcohol or use drugs?', BAM_AMOUNT),
    choiceItem(
      '9',
      'How confident are you in your ability to be completely abstinent (clean) from alcohol and drugs in the next 30 days?',
      BAM_AMOUNT,
    ),
    daysItem(
      '10',
      'In the past 30 days, how many days did you attend self-help meetings like AA, NA or SMART Recovery to support your recovery?',
    ),
    daysItem(
      '11',
      'In the past 30 days, how many days were you in any situations or with any people that might put you at an increased risk for using ' +
        'alcohol or drugs (around risky "people, places or things")?',
    ),
    choiceItem('12', 'Does your religion or spirituality help support your recovery?', BAM_AMOUNT),
    daysItem('13', 'In the past 30 days, how many days did you spend much of the time at work, school, or doing volunteer work?'),
    choiceItem(
      '14',
      'Do you have enough income (from legal sources) to pay for necessities such as housing, transportation, food and clothing for yourself and your dependents?',
      BAM_YES_NO,
    ),
    choiceItem(
      '15',
      'In the past 30 days, how much have you been bothered by arguments or problems getting along with any family members or friends?',
      BAM_AMOUNT,
    ),
    daysItem(
      '16',
      'In the past 30 days, how many days were you in contact or spent time with any family members or friends who are supportive of your recovery?',
    ),
    choiceItem('17', 'How satisfied are you with your progress toward achieving your recovery goals?', BAM_AMOUNT),
  ],
};

export const MEASURE_FORMS = { PHQ_9: PHQ9_FORM, GAD_7: GAD7_FORM, BARC_10: BARC10_FORM, BAM: BAM_FORM } as const satisfies Record<
  `${MeasureInstrument}`,
  MeasureForm
>;

/** The form of an instrument, by enum value or its string. */
export function measureForm(instrument: MeasureInstrument | `${MeasureInstrument}`): MeasureForm {
  return MEASURE_FORMS[instrument as `${MeasureInstrument}`];
}

/** Where an item's answer sits in the answers list, by its printed number ('8', '7C'). */
export function measureItemIndex(instrument: MeasureInstrument | `${MeasureInstrument}`, itemNumber: string): number {
  const index = measureForm(instrument).items.findIndex((item) => item.number === itemNumber);
  if (index < 0) throw new Error(`${measureForm(instrument).name} has no item ${itemNumber}`);
  return index;
}

/** Whether `answer` is a valid answer to `item` (a listed choice, or whole days in range). */
export function isValidItemAnswer(item: MeasureItem, answer: unknown): answer is number {
  if (typeof answer !== 'number' || !Number.isInteger(answer)) return false;
  return item.kind === 'CHOICE' ? item.choices.some((c) => c.value === answer) : answer >= 0 && answer <= item.maxDays;
}

/** What a valid answer to `item` looks like, in words, for error messages on both sides. */
export function describeValidAnswer(item: MeasureItem): string {
  if (item.kind === 'DAYS') return `a whole number of ${item.unit} from 0 to ${item.maxDays}`;
  const values = item.choices.map((c) => c.value);
  const contiguous = values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
  return contiguous
    ? `a whole number from ${values[0]} to ${values[values.length - 1]}`
    : `one of ${item.choices.map((c) => `${c.value} (${c.label})`).join(', ')}`;
}

/** The label of the choice answered, e.g. 4 → 'Extremely'; days as "12 days". */
export function describeItemAnswer(item: MeasureItem, answer: number): string {
  if (item.kind === 'DAYS') return `${answer} ${answer === 1 ? item.unit.replace(/s$/, '') : item.unit}`;
  return item.choices.find((c) => c.value === answer)?.label ?? String(answer);
}
