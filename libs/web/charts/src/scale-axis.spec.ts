import { scaleAxis, scaleRange } from './scale-axis';

describe('scaleAxis', () => {
  it('spans the scale, with a tick every step from its minimum', () => {
    expect(scaleAxis({ min: 0, max: 10 }, 2)).toEqual({ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] });
    expect(scaleAxis({ min: 1, max: 5 })).toEqual({ domain: [1, 5], ticks: [1, 2, 3, 4, 5] });
  });

  it('writes the range with an en dash', () => {
    expect(scaleRange({ min: 0, max: 10 })).toBe('0–10');
  });
});
