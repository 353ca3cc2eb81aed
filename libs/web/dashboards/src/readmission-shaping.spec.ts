import type { ReadmissionRate } from './readmission-shaping';
import { readmissionSummary, readmissionTiles, reasonRows, shortReasonLabel } from './readmission-shaping';

const row = (
  dischargeReason: ReadmissionRate['dischargeReason'],
  discharges: number,
  [eligible30, readmitted30]: [number, number],
  [eligible90, readmitted90]: [number, number],
): ReadmissionRate => ({
  dischargeReason,
  discharges,
  eligibleWithin30Days: eligible30,
  readmittedWithin30Days: readmitted30,
  rateWithin30Days: eligible30 ? readmitted30 / eligible30 : null,
  eligibleWithin90Days: eligible90,
  readmittedWithin90Days: readmitted90,
  rateWithin90Days: eligible90 ? readmitted90 / eligible90 : null,
});

describe('readmission shaping', () => {
  it('makes a 30- and a 90-day tile with whole percents and their counts', () => {
    expect(readmissionTiles(row(null, 24, [20, 3], [15, 6]))).toEqual([
      { days: 30, percent: 15, readmitted: 3, eligible: 20 },
      { days: 90, percent: 40, readmitted: 6, eligible: 15 },
    ]);
  });

  it('shows no rate (not 0%) while no discharge has been out long enough', () => {
    expect(readmissionTiles(row(null, 4, [2, 0], [0, 0])).map((t) => t.percent)).toEqual([0, null]);
  });

  it('orders reasons by discharges, leaves out the all-reasons row and reasons without discharges, and shortens the labels', () => {
    const rows = reasonRows([
      row(null, 30, [20, 3], [15, 6]),
      row('TREATMENT_COMPLETED', 10, [8, 1], [6, 3]),
      row('DROPPED_OUT', 12, [10, 2], [8, 3]),
      row('INCARCERATED', 0, [0, 0], [0, 0]),
    ]);
    expect(rows.map((r) => [r.label, r.discharges, r.pct30, r.pct90])).toEqual([
      ['Dropped out', 12, 20, 38],
      ['Treatment completed', 10, 13, 50],
    ]);
    expect(rows[0]?.fullLabel).toBe('Dropped out (left against professional advice)');
    expect(shortReasonLabel('TERMINATED_BY_FACILITY')).toBe('Terminated by facility');
  });

  it('names the readmission after treatment completed (a sign of discharge planning), and says when there is nothing to report', () => {
    const overall = row(null, 22, [18, 3], [14, 6]);
    const byReason = [row('DROPPED_OUT', 12, [10, 2], [8, 3]), row('TREATMENT_COMPLETED', 10, [8, 1], [6, 3])];
    expect(readmissionSummary(overall, byReason)).toBe(
      '22 discharges in this range. 3 of 18 (17%) came back within 30 days; 6 of 14 (43%) came back within 90 days. ' +
        'After treatment completed: 3 of 6 (50%) within 90 days.',
    );
    expect(readmissionSummary(row(null, 1, [0, 0], [0, 0]), [row('OTHER', 1, [0, 0], [0, 0])])).toBe(
      '1 discharge in this range. None has been out 30 days yet; none has been out 90 days yet.',
    );
    expect(readmissionSummary(row(null, 5, [5, 1], [0, 0]), [row('TREATMENT_COMPLETED', 5, [5, 1], [0, 0])])).toBe(
      '5 discharges in this range. 1 of 5 (20%) came back within 30 days; none has been out 90 days yet. ' +
        'After treatment completed: 1 of 5 (20%) within 30 days.',
    );
    expect(readmissionSummary(row(null, 0, [0, 0], [0, 0]), [])).toBe('No discharges in this range, so there is no readmission to report.');
  });
});
