import './charts.css';

export { ChartFrame } from './chart-frame';
export type { ChartFrameProps } from './chart-frame';
export { toCsv, downloadCsv } from './csv';
export type { CsvColumn } from './csv';
export { seriesColor, seriesDash, chartTheme } from './chart-theme';
export { scaleAxis, scaleRange } from './scale-axis';
