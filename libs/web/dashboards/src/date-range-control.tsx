import { Button } from '@carecircle/web/ui';
import { useId, useState, type FormEvent } from 'react';
import { formatDay, RANGE_PRESETS, validateRange, type DateRange, type RangePreset } from './date-range';

export interface DateRangeControlProps {
  range: DateRange;
  preset: RangePreset | null;
  onPreset: (preset: RangePreset) => void;
  onRange: (range: DateRange) => void;
}

/**
 * Presets apply at once; typed dates apply with "Apply dates" (or Enter) once they make a valid
 * range. A bad range shows why next to the fields and keeps the charts on the last good range.
 * Give it a `key` of the applied range so the fields reset when a preset or link changes it.
 */
export function DateRangeControl({ range, preset, onPreset, onRange }: DateRangeControlProps) {
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [showProblem, setShowProblem] = useState(false);
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const headingId = useId();
  const problem = validateRange(from, to);
  const visibleProblem = showProblem ? problem : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblem(true);
    if (problem === null) onRange({ from, to });
  }

  return (
    <form className="cc-dash-range" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 className="cc-visually-hidden" id={headingId}>
        Admission date range
      </h2>
      <div className="cc-dash-range__presets" role="group" aria-label="Quick ranges">
        {RANGE_PRESETS.map((p) => (
          <button
            key={p.key}
            type="button"
            className="cc-dash-range__preset"
            aria-pressed={preset === p.key}
            onClick={() => onPreset(p.key)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="cc-dash-range__custom">
        <div className="cc-field">
          <label className="cc-field__label" htmlFor={fromId}>
            From
          </label>
          <input
            id={fromId}
            type="date"
            className="cc-field__input"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            onBlur={() => setShowProblem(true)}
            aria-invalid={visibleProblem ? true : undefined}
            aria-describedby={visibleProblem ? errorId : undefined}
          />
        </div>
        <div className="cc-field">
          <label className="cc-field__label" htmlFor={toId}>
            To
          </label>
          <input
            id={toId}
            type="date"
            className="cc-field__input"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            onBlur={() => setShowProblem(true)}
            aria-invalid={visibleProblem ? true : undefined}
            aria-describedby={visibleProblem ? errorId : undefined}
          />
        </div>
        <Button type="submit" variant="secondary">
          Apply dates
        </Button>
      </div>
      <p className="cc-dash-range__status" aria-live="polite">
        {visibleProblem ? (
          <span id={errorId} className="cc-field__error">
            {visibleProblem} The dashboard still shows {formatDay(range.from)} to {formatDay(range.to)}.
          </span>
        ) : (
          <>
            Clients admitted {formatDay(range.from)} to {formatDay(range.to)}; check-ins in the same weeks; readmission after
            discharges in the same dates.
          </>
        )}
      </p>
    </form>
  );
}
