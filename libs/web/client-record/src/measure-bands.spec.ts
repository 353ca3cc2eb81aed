import { bamConcerns, bamPoints, bamSummary, bandLabelFor, bandTicks, measureBands, measurePoints, measureSummary } from './measure-bands';

describe('measure bands', () => {
  it('shades the five PHQ-9 bands from the published table', () => {
    expect(measureBands('PHQ_9')).toEqual([
      { label: 'Minimal (0–4)', y1: 0, y2: 4.5, tone: 'good' },
      { label: 'Mild (5–9)', y1: 4.5, y2: 9.5, tone: 'mild' },
      { label: 'Moderate (10–14)', y1: 9.5, y2: 14.5, tone: 'moderate' },
      {
        label: 'Moderately severe (15–19)',
        y1: 14.5,
        y2: 19.5,
        tone: 'severe',
      },
      { label: 'Severe (20–27)', y1: 19.5, y2: 27, tone: 'severe' },
    ]);
  });

  it('shades the four GAD-7 bands up to 21', () => {
    const bands = measureBands('GAD_7');
    expect(bands.map((b) => b.label)).toEqual(['Minimal (0–4)', 'Mild (5–9)', 'Moderate (10–14)', 'Severe (15–21)']);
    expect(bands.at(-1)).toMatchObject({ y1: 14.5, y2: 21 });
  });

  it('splits BARC-10 at 47: below the threshold vs sufficient recovery capital', () => {
    expect(measureBands('BARC_10')).toEqual([
      {
        label: 'Below the recovery-capital threshold (10–46)',
        y1: 10,
        y2: 46.5,
        tone: 'mild',
      },
      {
        label: 'Sufficient recovery capital (47–60)',
        y1: 46.5,
        y2: 60,
        tone: 'good',
      },
    ]);
  });

  it('ticks the score axis at the published cut-offs', () => {
    expect(bandTicks('PHQ_9')).toEqual([0, 5, 10, 15, 20, 27]);
    expect(bandTicks('GAD_7')).toEqual([0, 5, 10, 15, 21]);
    expect(bandTicks('BARC_10')).toEqual([10, 47, 60]);
  });

  it('finds the band of a total at the band edges', () => {
    expect(bandLabelFor('PHQ_9', 4)).toBe('Minimal');
    expect(bandLabelFor('PHQ_9', 5)).toBe('Mild');
    expect(bandLabelFor('PHQ_9', 20)).toBe('Severe');
    expect(bandLabelFor('BARC_10', 46)).toBe('Below the recovery-capital threshold');
    expect(bandLabelFor('BARC_10', 47)).toBe('Sufficient recovery capital');
  });

  it('orders scores oldest first, drops unscored rows and fills a missing band label', () => {
    const points = measurePoints('GAD_7', [
      { administeredOn: '2026-03-01', total: 8, bandLabel: 'Mild' },
      { administeredOn: '2026-01-15', total: 16, bandLabel: null },
      { administeredOn: '2026-02-01', total: null, bandLabel: null },
    ]);
    expect(points.map((p) => [p.date, p.total, p.bandLabel])).toEqual([
      ['2026-01-15', 16, 'Severe'],
      ['2026-03-01', 8, 'Mild'],
    ]);
  });

  it('summarises the latest score, its band and the change', () => {
    const points = measurePoints('PHQ_9', [
      {
        administeredOn: '2026-01-10',
        total: 16,
        bandLabel: 'Moderately severe',
      },
      { administeredOn: '2026-03-03', total: 12, bandLabel: 'Moderate' },
    ]);
    const summary = measureSummary('PHQ_9', points);
    expect(summary).toMatch(/^Latest 12 on .+: moderate\. Down from 16 on .+\. 2 administrations in all\.$/);
    expect(measureSummary('PHQ_9', [])).toBe('No PHQ-9 scores recorded yet.');
  });
});

describe('BAM sub-scores on the record', () => {
  const bam = (administeredOn: string, use: number, risk: number, protective: number, instrumentVersion = 'Likert-2010') => ({
    administeredOn,
    instrumentVersion,
    bamSubscores: { use, risk, protective },
  });

  it('places each BAM on the day it was given, oldest first, spaced by time not by count', () => {
    const points = bamPoints([bam('2026-03-01', 0, 8, 18), bam('2026-01-05', 2, 12, 10), bam('2026-01-19', 1, 10, 12)]);
    expect(points.map((p) => p.date)).toEqual(['2026-01-05', '2026-01-19', '2026-03-01']);
    const gaps = points.slice(1).map((p, i) => Math.round((p.time - points[i]!.time) / 86_400_000));
    expect(gaps).toEqual([14, 41]);
  });

  it('names the sub-scores past their cut-offs: use ≥ 1, risk ≥ 12, protective ≤ 12', () => {
    expect(bamConcerns({ use: 1, risk: 12, protective: 12 })).toEqual([
      'use 1 (1 or more is a concern)',
      'risk factors 12 (12 or more is a concern)',
      'protective factors 12 (12 or less is a concern)',
    ]);
    expect(bamConcerns({ use: 0, risk: 11, protective: 13 })).toEqual([]);
  });

  it('summarises the latest BAM and says when older ones were recorded under the old item types', () => {
    const summary = bamSummary(
      bamPoints([bam('2026-01-05', 2, 12, 10, 'Legacy item types: BAM (Likert, past 30 days)'), bam('2026-03-01', 0, 8, 18)]),
    );
    expect(summary).toContain('use 0, risk factors 8, protective factors 18 — no sub-score past its cut-off.');
    expect(summary).toContain('2 administrations in all.');
    expect(summary).toContain('1 recorded before the BAM item types were corrected');
    expect(bamSummary([])).toBe('No BAM recorded yet.');
  });
});
