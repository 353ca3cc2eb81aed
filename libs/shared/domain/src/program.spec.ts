import { LevelOfCare } from './level-of-care';
import { REVIEW_INTERVAL_LIMITS, reviewIntervalLabel } from './program';

describe('program settings', () => {
  it("labels a level's review-interval override in the form's words", () => {
    expect(reviewIntervalLabel(LevelOfCare.INTENSIVE_OUTPATIENT_2_1)).toBe('Plan review every (days) — Intensive outpatient');
    expect(reviewIntervalLabel(LevelOfCare.MEDICALLY_MANAGED_INPATIENT_4)).toBe('Plan review every (days) — Medically managed intensive inpatient');
  });

  it('allows review intervals from a day to a year', () => {
    expect(REVIEW_INTERVAL_LIMITS).toEqual({ min: 1, max: 365 });
  });
});
