import { PEER_CONTACT_MAX_MINUTES, PEER_CONTACT_MIN_MINUTES, isPeerContactDuration } from './peer-contact';

describe('peer contact duration', () => {
  it('accepts whole minutes from 1 to 600, the bounds included', () => {
    expect([PEER_CONTACT_MIN_MINUTES, PEER_CONTACT_MAX_MINUTES]).toEqual([1, 600]);
    expect(isPeerContactDuration(1)).toBe(true);
    expect(isPeerContactDuration(45)).toBe(true);
    expect(isPeerContactDuration(600)).toBe(true);
  });

  it('refuses nothing, a part minute, a negative and anything past 600', () => {
    expect(isPeerContactDuration(0)).toBe(false);
    expect(isPeerContactDuration(1.5)).toBe(false);
    expect(isPeerContactDuration(-30)).toBe(false);
    expect(isPeerContactDuration(601)).toBe(false);
    expect(isPeerContactDuration(Number.NaN)).toBe(false);
  });
});
