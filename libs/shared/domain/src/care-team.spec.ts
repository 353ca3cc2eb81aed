import { MAX_ASSIGNMENT_DAYS_AHEAD, assignmentDateProblem } from './care-team';

describe('assignmentDateProblem', () => {
  const bounds = { today: '2026-11-29', admissionDate: '2026-09-01', currentStartedOn: '2026-10-01' };

  it('accepts the current start, today, and exactly 90 days ahead', () => {
    expect(MAX_ASSIGNMENT_DAYS_AHEAD).toBe(90);
    for (const day of ['2026-10-01', '2026-11-29', '2027-02-27']) expect(assignmentDateProblem(day, bounds)).toBeNull();
  });

  it('refuses a day before admission, before the current assignment, or more than 90 days ahead', () => {
    expect(assignmentDateProblem('2026-08-31', bounds)).toBe('effectiveOn cannot be before the admission date (2026-09-01)');
    expect(assignmentDateProblem('2026-09-30', bounds)).toBe('effectiveOn cannot be before the current assignment began (2026-10-01)');
    expect(assignmentDateProblem('2027-02-28', bounds)).toBe('effectiveOn cannot be more than 90 days ahead (2027-02-27 at the latest)');
  });

  it('needs no current assignment', () => {
    expect(assignmentDateProblem('2026-09-01', { ...bounds, currentStartedOn: null })).toBeNull();
  });
});
