import { CheckInSchedule, checkInCompletionRate, expectedCheckIns } from './check-in';

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
