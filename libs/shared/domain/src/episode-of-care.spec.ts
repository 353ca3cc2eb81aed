import { differenceInCalendarDays, parseISO } from 'date-fns';
import {
  ClientStatus,
  DischargeReason,
  calendarDaysBetween,
  daysInTreatment,
  daysSinceRecoveryStart,
  daysToReadmission,
  isIsoDate,
  isoDateToLocalDate,
  isPossibleDuplicate,
  mayReadmit,
  normalizePersonName,
  readmissionDateProblem,
  readmittedWithin,
  type IsoDate,
} from './episode-of-care';

describe('episode of care arithmetic', () => {
  it('counts the admission day as day 1 of treatment', () => {
    expect(daysInTreatment('2026-11-24', null, '2026-11-24')).toBe(1);
    expect(daysInTreatment('2026-11-01', null, '2026-11-24')).toBe(24);
  });

  it('stops counting days in treatment at discharge', () => {
    expect(daysInTreatment('2026-01-01', '2026-01-31', '2026-11-24')).toBe(31);
  });

  it('counts across a daylight-saving change without losing a day', () => {
    expect(daysInTreatment('2026-03-01', null, '2026-04-01')).toBe(32);
  });

  it('reports days since recovery start, or nothing when none is recorded or it is in the future', () => {
    expect(daysSinceRecoveryStart('2026-11-14', '2026-11-24')).toBe(10);
    expect(daysSinceRecoveryStart(null, '2026-11-24')).toBeNull();
    expect(daysSinceRecoveryStart('2026-12-01', '2026-11-24')).toBeNull();
  });

  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('24/11/2026')).toBe(false);
  });
});

describe('readmission rules', () => {
  it('readmits only a discharged client who did not die', () => {
    expect(mayReadmit(ClientStatus.DISCHARGED, DischargeReason.TREATMENT_COMPLETED)).toBe(true);
    expect(mayReadmit(ClientStatus.DISCHARGED, DischargeReason.DROPPED_OUT)).toBe(true);
    expect(mayReadmit(ClientStatus.DISCHARGED, DischargeReason.DEATH)).toBe(false);
    expect(mayReadmit(ClientStatus.ACTIVE, null)).toBe(false);
    expect(mayReadmit(ClientStatus.ON_HOLD, null)).toBe(false);
  });

  it('accepts a readmission from the day of the last discharge up to today', () => {
    expect(readmissionDateProblem('2026-06-01', '2026-06-01', '2026-11-24')).toBeNull();
    expect(readmissionDateProblem('2026-11-24', '2026-06-01', '2026-11-24')).toBeNull();
    expect(readmissionDateProblem('2026-05-31', '2026-06-01', '2026-11-24')).toBe('admissionDate cannot be before the last discharge (2026-06-01)');
    expect(readmissionDateProblem('2026-11-25', '2026-06-01', '2026-11-24')).toBe('admissionDate cannot be in the future');
    expect(readmissionDateProblem('2026-02-30', '2026-01-01', '2026-11-24')).toMatch(/calendar date/);
  });

  it('counts readmission windows from the discharge day, inclusive of the last day', () => {
    expect(daysToReadmission('2026-01-31', '2026-03-02')).toBe(30);
    expect(readmittedWithin('2026-01-31', '2026-03-02', 30)).toBe(true);
    expect(readmittedWithin('2026-01-31', '2026-03-03', 30)).toBe(false);
    expect(readmittedWithin('2026-01-31', '2026-03-03', 90)).toBe(true);
    expect(readmittedWithin('2026-01-31', '2026-01-31', 30)).toBe(true);
    expect(readmittedWithin('2026-01-31', null, 90)).toBe(false);
  });

  it('matches possible duplicates on date of birth and names, ignoring case and spacing', () => {
    const existing = { firstName: 'Mary Ann', lastName: 'Okafor', dateOfBirth: '1990-02-03' };
    expect(normalizePersonName('  mary   ANN ')).toBe('mary ann');
    expect(isPossibleDuplicate({ firstName: ' mary  ann', lastName: 'OKAFOR ', dateOfBirth: '1990-02-03' }, existing)).toBe(true);
    expect(isPossibleDuplicate({ firstName: 'Maryann', lastName: 'Okafor', dateOfBirth: '1990-02-03' }, existing)).toBe(false);
    expect(isPossibleDuplicate({ firstName: 'Mary Ann', lastName: 'Okafor', dateOfBirth: '1990-02-04' }, existing)).toBe(false);
  });
});

describe('calendarDaysBetween and isoDateToLocalDate', () => {
  it('count calendar days as date-fns does, across leap days, DST changes and years', () => {
    const dates: IsoDate[] = [];
    for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2025, 11, 31); t += 13 * 86_400_000) dates.push(new Date(t).toISOString().slice(0, 10));
    dates.push('2024-02-29', '2024-03-10', '2024-03-31', '2024-10-27', '2024-11-03', '1999-12-31', '2100-03-01');
    for (const from of dates) {
      for (const to of dates.slice(0, 40)) {
        expect(calendarDaysBetween(from, to)).toBe(differenceInCalendarDays(parseISO(to), parseISO(from)));
      }
      expect(isoDateToLocalDate(from).getTime()).toBe(parseISO(from).getTime());
    }
  });
});
