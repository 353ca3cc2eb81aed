import { countStances, ecomapSummary, placeOnCircle, pointToward, zigzagPath } from './ecomap-layout';

describe('ecomap layout', () => {
  it('places the first member at 12 o’clock and the rest evenly clockwise', () => {
    const placed = placeOnCircle(['a', 'b', 'c', 'd'], { x: 100, y: 100 }, 50);
    expect(placed.map(({ x, y, angle }) => ({ x, y, angle }))).toEqual([
      { x: 100, y: 50, angle: 0 },
      { x: 150, y: 100, angle: 90 },
      { x: 100, y: 150, angle: 180 },
      { x: 50, y: 100, angle: 270 },
    ]);
    expect(placed.map((p) => p.item)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps every member exactly on the circle, whatever the count', () => {
    for (const n of [1, 3, 7, 12]) {
      const placed = placeOnCircle(
        Array.from({ length: n }, (_, i) => i),
        { x: 0, y: 0 },
        120,
      );
      for (const p of placed) expect(Math.hypot(p.x, p.y)).toBeCloseTo(120, 0);
      expect(new Set(placed.map((p) => `${p.x},${p.y}`)).size).toBe(n);
    }
  });

  it('returns no nodes for an empty network', () => {
    expect(placeOnCircle([], { x: 0, y: 0 }, 10)).toEqual([]);
  });

  it('stops a line short of a circle edge', () => {
    expect(pointToward({ x: 0, y: 0 }, { x: 30, y: 40 }, 10)).toEqual({
      x: 6,
      y: 8,
    });
  });

  it('draws a zigzag that starts and ends at the two points', () => {
    const path = zigzagPath({ x: 0, y: 0 }, { x: 60, y: 0 }, 5, 12);
    expect(path.startsWith('M0 0')).toBe(true);
    expect(path.endsWith('L60 0')).toBe(true);
    expect(path).toContain('L6 5');
    expect(path).toContain('L12 -5');
  });

  it('counts members by stance and says so in one sentence', () => {
    const members = [{ stance: 'SUPPORTIVE' }, { stance: 'RISK' }, { stance: 'SUPPORTIVE' }, { stance: 'NEUTRAL' }] as const;
    expect(countStances(members)).toEqual({
      SUPPORTIVE: 2,
      NEUTRAL: 1,
      RISK: 1,
    });
    expect(ecomapSummary('Jo', members)).toBe('Support network of Jo: 4 people — 2 supportive, 1 neutral, 1 risk.');
    expect(ecomapSummary('Jo', [])).toBe('Support network of Jo: no one recorded yet.');
  });
});
