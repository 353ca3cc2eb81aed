const FALLBACK = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#000000'];
const DASHES = ['0', '6 3', '2 2', '8 3 2 3', '4 4', '1 3', '10 4'];

function cssVar(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** Series colour i, read from the CSS variables (recharts needs concrete colours, not var()). */
export function seriesColor(index: number): string {
  const i = index % FALLBACK.length;
  return cssVar(`--cc-chart-${i + 1}`, FALLBACK[i]!);
}

/** Dash pattern for series i, so lines differ by more than colour. */
export function seriesDash(index: number): string {
  return DASHES[index % DASHES.length]!;
}

export const chartTheme = {
  grid: () => cssVar('--cc-chart-grid', '#d3dbe0'),
  axis: () => cssVar('--cc-chart-axis', '#4d5d68'),
  band: {
    good: () => cssVar('--cc-chart-band-good', '#e2f3e8'),
    mild: () => cssVar('--cc-chart-band-mild', '#fcf1d6'),
    moderate: () => cssVar('--cc-chart-band-moderate', '#fde3cf'),
    severe: () => cssVar('--cc-chart-band-severe', '#f9d4d0'),
  },
};
