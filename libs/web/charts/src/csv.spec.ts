import { toCsv } from './csv';

describe('CSV export of chart data', () => {
  it('writes a header, quotes commas and quotes, and defuses formulas', () => {
    const csv = toCsv(
      [
        { header: 'Group', value: (r: { group: string; rate: number | null }) => r.group },
        { header: 'Rate', value: (r) => r.rate },
      ],
      [
        { group: 'Intensive Outpatient', rate: 0.75 },
        { group: 'Smith, "Jo"', rate: null },
        { group: '=HYPERLINK("x")', rate: 1 },
      ],
    );
    expect(csv).toBe('Group,Rate\r\nIntensive Outpatient,0.75\r\n"Smith, ""Jo""",\r\n"\'=HYPERLINK(""x"")",1\r\n');
  });
});
