import { EpisodeSelection } from '@carecircle/shared/domain';
import { parseIsoDate, presetRange, readDashboardParams, validateRange, writeDashboardParams } from './date-range';

const today = new Date(2026, 2, 15); // 15 March 2026, local time

describe('dashboard date range', () => {
  it('computes presets ending today', () => {
    expect(presetRange('last-90-days', today)).toEqual({
      from: '2025-12-15',
      to: '2026-03-15',
    });
    expect(presetRange('last-6-months', today)).toEqual({
      from: '2025-09-15',
      to: '2026-03-15',
    });
    expect(presetRange('last-12-months', today)).toEqual({
      from: '2025-03-15',
      to: '2026-03-15',
    });
  });

  it('explains what is wrong with a range', () => {
    expect(validateRange('2026-01-01', '2026-03-01')).toBeNull();
    expect(validateRange('2026-03-01', '2026-03-01')).toBeNull();
    expect(validateRange('2026-03-02', '2026-03-01')).toBe('“From” must be on or before “To”.');
    expect(validateRange('', '2026-03-01')).toBe('Enter a “From” date.');
    expect(validateRange('2026-02-30', '2026-03-01')).toBe('“From” is not a valid date.');
    expect(validateRange('2020-01-01', '2026-03-01')).toBe('Choose a range of at most 3 years.');
    expect(parseIsoDate('2026-13-01')).toBeNull();
  });

  it('reads the last 12 months and all clients by default', () => {
    expect(readDashboardParams(new URLSearchParams(), today)).toEqual({
      range: { from: '2025-03-15', to: '2026-03-15' },
      preset: 'last-12-months',
      dimension: 'ALL',
      episodes: 'ALL',
    });
  });

  it('reads a custom range, a preset and a grouping, ignoring values it cannot use', () => {
    expect(readDashboardParams(new URLSearchParams('from=2026-01-01&to=2026-02-01&groupBy=PROGRAM'), today)).toEqual({
      range: { from: '2026-01-01', to: '2026-02-01' },
      preset: null,
      dimension: 'PROGRAM',
      episodes: 'ALL',
    });
    expect(readDashboardParams(new URLSearchParams('range=last-90-days&groupBy=nonsense'), today)).toMatchObject({
      preset: 'last-90-days',
      dimension: 'ALL',
    });
    expect(readDashboardParams(new URLSearchParams('from=2026-03-01&to=2026-01-01'), today).preset).toBe(
      'last-12-months',
    );
  });

  it('writes changes into the URL, keeping other parameters and leaving defaults out', () => {
    const params = new URLSearchParams('from=2026-01-01&to=2026-02-01&groupBy=PROGRAM&x=1');
    expect(writeDashboardParams(params, { preset: 'last-90-days' }).toString()).toBe(
      'groupBy=PROGRAM&x=1&range=last-90-days',
    );
    expect(writeDashboardParams(params, { preset: 'last-12-months' }).toString()).toBe('groupBy=PROGRAM&x=1');
    expect(
      writeDashboardParams(new URLSearchParams('range=last-90-days'), {
        range: { from: '2026-01-05', to: '2026-01-20' },
      }).toString(),
    ).toBe('from=2026-01-05&to=2026-01-20');
    expect(writeDashboardParams(params, { dimension: 'ALL' }).toString()).toBe('from=2026-01-01&to=2026-02-01&x=1');
  });

  it('reads and writes which episodes are counted, all episodes being the default left out of the URL', () => {
    expect(readDashboardParams(new URLSearchParams('episodes=FIRST_ONLY'), today).episodes).toBe('FIRST_ONLY');
    expect(readDashboardParams(new URLSearchParams('episodes=SECOND'), today).episodes).toBe('ALL');
    const params = new URLSearchParams('range=last-90-days');
    const first = writeDashboardParams(params, { episodes: EpisodeSelection.FIRST_ONLY });
    expect(first.toString()).toBe('range=last-90-days&episodes=FIRST_ONLY');
    expect(writeDashboardParams(first, { episodes: EpisodeSelection.ALL }).toString()).toBe('range=last-90-days');
  });
});
