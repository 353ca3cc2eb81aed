import { useId, type ReactNode } from 'react';
import { downloadCsv, toCsv, type CsvColumn } from './csv';

export interface ChartFrameProps<Row> {
  title: string;
  /** A sentence or two that says what the chart shows, for everyone and for screen readers. */
  summary: string;
  /** The data behind the chart, downloadable as CSV. */
  csv: { filename: string; columns: readonly CsvColumn<Row>[]; rows: readonly Row[] };
  /** Shown instead of the chart when there is nothing to plot. */
  emptyMessage?: string;
  isEmpty?: boolean;
  height?: number;
  children: ReactNode;
}

/**
 * Every chart's frame: a title, a plain-language summary, CSV download of its data, and the chart
 * itself exposed as one image described by the summary (the numbers are in the CSV and summary).
 */
export function ChartFrame<Row>({ title, summary, csv, emptyMessage, isEmpty, height = 280, children }: ChartFrameProps<Row>) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="cc-chart" aria-labelledby={titleId} aria-describedby={summaryId}>
      <div className="cc-chart__header">
        <h3 className="cc-chart__title" id={titleId}>
          {title}
        </h3>
        <button
          type="button"
          className="cc-chart__download"
          onClick={() => downloadCsv(csv.filename, toCsv(csv.columns, csv.rows))}
          disabled={csv.rows.length === 0}
        >
          Download CSV<span className="cc-visually-hidden"> of {title}</span>
        </button>
      </div>
      <p className="cc-chart__summary" id={summaryId}>
        {summary}
      </p>
      {isEmpty ? (
        <p className="cc-chart__empty">{emptyMessage ?? 'No data for this period yet.'}</p>
      ) : (
        <div className="cc-chart__body" role="img" aria-label={`${title}. ${summary}`} style={{ height }}>
          {children}
        </div>
      )}
    </figure>
  );
}
