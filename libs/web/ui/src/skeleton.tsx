import { VisuallyHidden } from './visually-hidden';

export interface SkeletonProps {
  /** Announced to screen readers, e.g. "Loading clients…". */
  label: string;
  rows?: number;
}

/** Placeholder rows shown while content loads; the container should carry aria-busy. */
export function Skeleton({ label, rows = 5 }: SkeletonProps) {
  return (
    <div className="cc-skeleton" role="status">
      <VisuallyHidden>{label}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="cc-skeleton__row" aria-hidden="true">
          <span className="cc-skeleton__bar cc-skeleton__bar--wide" />
          <span className="cc-skeleton__bar" />
          <span className="cc-skeleton__bar" />
          <span className="cc-skeleton__bar cc-skeleton__bar--narrow" />
        </div>
      ))}
    </div>
  );
}
