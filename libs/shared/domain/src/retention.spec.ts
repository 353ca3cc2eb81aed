import { ClientStatus, DischargeReason, EpisodeSelection } from './episode-of-care';
import { eligibleForRetentionAt, leftCare, retainedAt, selectEpisodes } from './retention';

describe('retention of an episode of care', () => {
  it('counts a discharge as leaving care except completion and transfer', () => {
    expect(leftCare(ClientStatus.DISCHARGED, DischargeReason.DROPPED_OUT)).toBe(true);
    expect(leftCare(ClientStatus.DISCHARGED, DischargeReason.INCARCERATED)).toBe(true);
    expect(leftCare(ClientStatus.DISCHARGED, DischargeReason.TREATMENT_COMPLETED)).toBe(false);
    expect(leftCare(ClientStatus.DISCHARGED, DischargeReason.TRANSFERRED)).toBe(false);
    expect(leftCare(ClientStatus.ACTIVE, null)).toBe(false);
  });

  it('retains an open episode, and a discharged one that lasted at least N days', () => {
    expect(retainedAt({ admissionDate: '2026-01-01', status: ClientStatus.ACTIVE, dischargeDate: null }, 90)).toBe(true);
    expect(retainedAt({ admissionDate: '2026-01-01', status: ClientStatus.DISCHARGED, dischargeDate: '2026-01-31' }, 30)).toBe(true);
    expect(retainedAt({ admissionDate: '2026-01-01', status: ClientStatus.DISCHARGED, dischargeDate: '2026-01-30' }, 30)).toBe(false);
  });

  it('leaves out episodes that began fewer than N days ago', () => {
    expect(eligibleForRetentionAt('2026-10-25', '2026-11-24', 30)).toBe(true);
    expect(eligibleForRetentionAt('2026-10-26', '2026-11-24', 30)).toBe(false);
  });

  it('keeps each person’s first episode only when asked', () => {
    const episodes = [
      { clientId: 'a', sequence: 1 },
      { clientId: 'a', sequence: 2 },
      { clientId: 'b', sequence: 1 },
    ];
    expect(selectEpisodes(episodes, EpisodeSelection.ALL)).toHaveLength(3);
    expect(selectEpisodes(episodes, EpisodeSelection.FIRST_ONLY)).toEqual([
      { clientId: 'a', sequence: 1 },
      { clientId: 'b', sequence: 1 },
    ]);
  });
});
