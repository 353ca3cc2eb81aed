import {
  CHECK_IN_CHANNEL_LABELS,
  CHECK_IN_TRIGGER_LABELS,
  CheckInChannel,
  CheckInSchedule,
  CheckInTrigger,
  MOOD_LABELS,
  MOOD_SCALE,
  MUTUAL_AID_MEETING_KIND_LABELS,
  MutualAidMeetingKind,
  STAFF_CHECK_IN_CHANNELS,
  checkInCompletionRate,
  expectedCheckIns,
} from './check-in';

describe('check-in completion', () => {
  it('expects 7, 3 or 1 check-ins a week by schedule, pro rata for part weeks', () => {
    expect(expectedCheckIns(CheckInSchedule.DAILY, 14)).toBe(14);
    expect(expectedCheckIns(CheckInSchedule.SEVERAL_PER_WEEK, 14)).toBe(6);
    expect(expectedCheckIns(CheckInSchedule.WEEKLY, 28)).toBe(4);
    expect(expectedCheckIns(CheckInSchedule.WEEKLY, 3.5)).toBe(0.5);
  });

  it('is received over expected, capped at 100%, and undefined for an empty period', () => {
    expect(checkInCompletionRate(3, CheckInSchedule.WEEKLY, 28)).toBe(0.75);
    expect(checkInCompletionRate(9, CheckInSchedule.WEEKLY, 28)).toBe(1);
    expect(checkInCompletionRate(0, CheckInSchedule.DAILY, 0)).toBeNull();
  });
});

describe('check-in words and limits', () => {
  it('names every channel, meeting kind and trigger, and keeps the app channel for the client', () => {
    for (const channel of Object.values(CheckInChannel)) expect(CHECK_IN_CHANNEL_LABELS[channel]).toBeTruthy();
    for (const kind of Object.values(MutualAidMeetingKind)) expect(MUTUAL_AID_MEETING_KIND_LABELS[kind]).toBeTruthy();
    for (const trigger of Object.values(CheckInTrigger)) expect(CHECK_IN_TRIGGER_LABELS[trigger]).toBeTruthy();
    expect(STAFF_CHECK_IN_CHANNELS).toEqual([CheckInChannel.PHONE, CheckInChannel.IN_PERSON, CheckInChannel.TEXT]);
  });

  it('has a word for each point of the mood scale and nothing outside it', () => {
    const points = Object.keys(MOOD_LABELS).map(Number);
    expect(points).toEqual([1, 2, 3, 4, 5]);
    expect(Math.min(...points)).toBe(MOOD_SCALE.min);
    expect(Math.max(...points)).toBe(MOOD_SCALE.max);
  });
});
