import {
  CheckInChannel,
  CheckInTrigger,
  FamilyEngagementType,
  MutualAidMeetingKind,
  PracticalHelp,
  RecoveryStance,
  SupportRelationship,
  SupportType,
} from '@carecircle/shared/domain';
import type { SeededRandom } from './seeded-random';

/**
 * Short synthetic notes, worded the way clients and staff write them and built from the record
 * they sit on (a lapse note names the client's own substance and the trigger they ticked), so
 * the demo never shows filler text. Peer workers' notes stay non-clinical, as DOMAIN.md asks.
 */

const TRIGGER_PHRASES: Record<CheckInTrigger, readonly string[]> = {
  [CheckInTrigger.STRESS]: ['a stressful week at work', 'money worries', 'a deadline at work'],
  [CheckInTrigger.CONFLICT]: ['an argument at home', 'a row with a partner', 'a fight with a sibling'],
  [CheckInTrigger.PEOPLE]: ['running into people from the using days', 'an old using friend calling'],
  [CheckInTrigger.PLACES]: ['walking past the old spot', 'going back to the old neighbourhood'],
  [CheckInTrigger.BOREDOM]: ['a long empty weekend', 'a day with nothing planned'],
  [CheckInTrigger.LONELINESS]: ['a lonely evening', 'everyone being away for the holiday'],
  [CheckInTrigger.PAIN]: ['back pain flaring up', 'a bad headache all day'],
  [CheckInTrigger.CELEBRATION]: ['a family birthday party', 'a friend’s wedding'],
  [CheckInTrigger.OTHER]: ['getting some bad news', 'a court date coming up'],
};

const MEETING_NAMES: Record<MutualAidMeetingKind, string> = {
  [MutualAidMeetingKind.AA]: 'AA',
  [MutualAidMeetingKind.NA]: 'NA',
  [MutualAidMeetingKind.SMART_RECOVERY]: 'SMART',
  [MutualAidMeetingKind.OTHER]: 'peer support',
};

export interface CheckInNoteFacts {
  channel: CheckInChannel;
  craving: number;
  mood: number;
  usedSubstances: boolean;
  /** How this client describes a lapse ("had a few drinks"). */
  lapseWords: readonly string[];
  attendedMeeting: boolean;
  meetingKind: MutualAidMeetingKind | null;
  triggers: readonly CheckInTrigger[];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A note for a check-in, or null (most check-ins carry none). The client's own voice when they
 * sent it (app, text); the staff member's when staff took it by phone or in person.
 */
export function checkInNote(random: SeededRandom, facts: CheckInNoteFacts): string | null {
  const byClient = facts.channel === CheckInChannel.APP || facts.channel === CheckInChannel.TEXT;
  const trigger = facts.triggers.length ? random.pick(TRIGGER_PHRASES[facts.triggers[0]!]) : null;
  const meeting = facts.meetingKind ? MEETING_NAMES[facts.meetingKind] : null;

  if (facts.usedSubstances) {
    const lapse = random.pick(facts.lapseWords);
    const after = trigger ? ` after ${trigger}` : '';
    return byClient
      ? random.pick([
          `${capitalise(`I ${lapse}${after}.`)} Told my sponsor the next morning.`,
          `Not a good weekend — I ${lapse}${after}. I want to talk about it on Tuesday.`,
          `I ${lapse}${after}. Back on track today and I went to a meeting.`,
          `Slipped: I ${lapse}${after}. Feeling ashamed but I’m checking in anyway.`,
        ])
      : random.pick([
          `Reports they ${lapse}${after}. Reviewed the relapse prevention plan; extra session booked this week.`,
          `Disclosed that they ${lapse}${after}. No withdrawal signs. Safety and next steps agreed.`,
          `Lapse: ${lapse}${after}. Client engaged and open about it; coping plan updated.`,
        ]);
  }
  if (facts.craving >= 7) {
    return byClient
      ? random.pick([
          `Cravings were really strong${trigger ? ` after ${trigger}` : ''}. Called my sponsor instead.`,
          `Hard day${trigger ? ` — ${trigger}` : ''}. Did the urge-surfing exercise and it passed.`,
          `Urges high tonight. Staying in and keeping my phone on.`,
        ])
      : random.pick([
          `High craving${trigger ? ` linked to ${trigger}` : ''}; used the coping plan and did not use. Follow-up call tomorrow.`,
          `Client sounded tense${trigger ? `, mentions ${trigger}` : ''}. Reviewed coping skills; peer worker to call this week.`,
        ]);
  }
  if (!random.chance(0.3)) return null;
  if (facts.attendedMeeting && meeting) {
    return byClient
      ? random.pick([
          `Went to the ${meeting} meeting on Thursday and shared for the first time.`,
          `${meeting} meeting helped. Got two phone numbers.`,
          `Made it to ${meeting} twice this week.`,
        ])
      : random.pick([`Attending ${meeting} regularly; says the Thursday group feels like a fit.`, `Went to ${meeting} with a friend from group.`]);
  }
  if (facts.mood >= 4 && facts.craving <= 3) {
    return byClient
      ? random.pick(['Good week. Back at the gym twice.', 'Steady. Slept well most nights.', 'Kept all my appointments this week.', 'Cooked dinner for my kids on Sunday. Felt normal.'])
      : random.pick(['Bright, engaged, no concerns raised.', 'Reports a settled week and good sleep.', 'Started a part-time job; pleased with it.']);
  }
  if (facts.mood <= 2) {
    return byClient
      ? random.pick(['Feeling flat. Didn’t want to get out of bed.', 'Low day, not sure why. No use.', 'Tired and down but I got through it.'])
      : random.pick(['Mood low; no use. Agreed to bring it to the next session.', 'Sounded flat on the phone; safety checked, no concerns.']);
  }
  return byClient
    ? random.pick(['Some cravings in the evenings but manageable.', 'Busy at work, tired. No use.', 'Okay week. Trying to keep to the routine.'])
    : random.pick(['Routine check-in; no new concerns.', 'Managing cravings with the coping plan.', 'Reports a mixed week; coping well overall.']);
}

/** A peer worker's note: what was done together, in plain words, nothing clinical. */
export function peerContactNote(random: SeededRandom, supportTypes: readonly SupportType[], help: readonly PracticalHelp[]): string | null {
  const byHelp: Record<PracticalHelp, readonly string[]> = {
    [PracticalHelp.TRANSPORTATION]: ['Drove to the Tuesday evening meeting together.', 'Gave a ride to the clinic and back.'],
    [PracticalHelp.HOUSING]: ['Went through the sober-living application together; waiting to hear back.', 'Visited a recovery house together.'],
    [PracticalHelp.EMPLOYMENT]: ['Worked on the CV and practised interview questions.', 'Looked at warehouse jobs together and sent two applications.'],
    [PracticalHelp.FOOD]: ['Picked up a food bank parcel together.', 'Shopped for the week on a budget together.'],
    [PracticalHelp.ERRANDS]: ['Sorted out a bus pass and a phone top-up.', 'Helped get a replacement ID card.'],
    [PracticalHelp.BENEFITS]: ['Filled in the benefits renewal form together.', 'Called the benefits office together and got the appointment moved.'],
    [PracticalHelp.MEETING_ACCOMPANIMENT]: ['Went to a meeting together and stayed for coffee afterwards.', 'Met outside the meeting and went in together.'],
  };
  if (help.length) return random.pick(byHelp[help[0]!]);
  if (!random.chance(0.7)) return null;
  const byType: Record<SupportType, readonly string[]> = {
    [SupportType.EMOTIONAL]: ['Long talk about a hard week; shared some of my own early recovery.', 'Checked in after a rough weekend; sounding more settled.', 'Listened; they wanted to talk about their kids.'],
    [SupportType.INFORMATIONAL]: ['Shared the list of weekend meetings and the recovery café hours.', 'Talked through what to expect at a first SMART meeting.'],
    [SupportType.INSTRUMENTAL]: ['Helped plan the week: appointments, shopping, meetings.'],
    [SupportType.AFFILIATIONAL]: ['Introduced them to the Thursday group at the recovery community centre.', 'Invited them to the peer-run volunteering day; they said yes.'],
  };
  return random.pick(byType[supportTypes[0] ?? SupportType.EMOTIONAL]);
}

/** A counselor's note on a family engagement event. */
export function familyEventNote(random: SeededRandom, type: FamilyEngagementType): string {
  const notes: Record<FamilyEngagementType, readonly string[]> = {
    [FamilyEngagementType.FAMILY_THERAPY_SESSION]: [
      'Worked on how the family responds after a hard day; agreed a short check-in at home each evening.',
      'Talked through trust and money. Family shared what the last year was like; client listened without getting defensive.',
      'Reviewed the family recovery agreement; house rules adjusted for weekends.',
      'Practised asking for help directly. Family want to know how to respond to a lapse.',
    ],
    [FamilyEngagementType.FAMILY_EDUCATION_GROUP]: [
      'Family attended the education group on how addiction changes the brain; good questions about cravings.',
      'Education group: supporting recovery without taking over. Family said it helped them stop checking up.',
      'Education group on overdose and relapse warning signs.',
    ],
    [FamilyEngagementType.PHONE_CONTACT]: [
      'Phone call with the family about attendance, within the consent; they feel more hopeful.',
      'Returned a call from the family about weekend plans; shared ideas for a sober family day.',
    ],
    [FamilyEngagementType.VISIT]: ['Family visited the program and met the care team.', 'Family joined the end of the group session for the graduation.'],
    [FamilyEngagementType.OTHER]: ['Met the family at the housing office to sort out the tenancy together.'],
  };
  return random.pick(notes[type]);
}

/** A counselor's note on a support-network member, or null when there is nothing to add. */
export function supportMemberNote(
  random: SeededRandom,
  stance: RecoveryStance,
  relationship: SupportRelationship,
  involved: boolean,
  riskNotes: readonly string[],
): string | null {
  if (stance === RecoveryStance.RISK) return random.pick(riskNotes);
  if (stance === RecoveryStance.SUPPORTIVE) {
    if (relationship === SupportRelationship.SPONSOR) return random.pick(['Talks with the client most days.', 'Sponsor for four months; goes through the steps weekly.']);
    if (relationship === SupportRelationship.EMPLOYER) return 'Knows about treatment and has agreed time off for sessions.';
    if (involved) return random.pick(['Comes to family sessions.', 'Drives to appointments when needed.', 'First person the client calls when cravings are high.']);
    return random.chance(0.5) ? 'Supportive; not involved in treatment at the client’s wish.' : null;
  }
  return random.chance(0.4) ? random.pick(['Knows about treatment; keeps out of it.', 'In touch now and then; the client has not told them about treatment.']) : null;
}
