import type { ErrorLike } from '@apollo/client';
import { errorMessage } from '@carecircle/web/data-access';
import { ErrorState, Skeleton } from '@carecircle/web/ui';
import type { ReactNode } from 'react';

export interface DashboardCardProps {
  /** Used for the loading and error text, e.g. "retention curves". */
  what: string;
  /** True while there is nothing yet to show (first load). */
  loading: boolean;
  /** True while a request is in flight (first load, refetch or Retry); the last good data stays visible. */
  refreshing?: boolean;
  error?: ErrorLike;
  onRetry: () => void;
  wide?: boolean;
  className?: string;
  children: ReactNode;
}

/** A dashboard card: a skeleton while loading, an error with Retry, otherwise its content. */
export function DashboardCard({
  what,
  loading,
  refreshing,
  error,
  onRetry,
  wide,
  className,
  children,
}: DashboardCardProps) {
  let content: ReactNode = children;
  const failed = Boolean(error) && !refreshing;
  if (failed) {
    content = (
      <ErrorState
        headingLevel={3}
        title={`The ${what} could not be loaded`}
        message={errorMessage(error)}
        onRetry={onRetry}
      />
    );
  } else if (loading) {
    content = <Skeleton label={`Loading ${what}…`} rows={4} />;
  }
  return (
    <section
      className={['cc-dash-card', wide && 'cc-dash-card--wide', className].filter(Boolean).join(' ')}
      aria-busy={(loading && !failed) || refreshing ? true : undefined}
      aria-label={loading || failed ? what.charAt(0).toUpperCase() + what.slice(1) : undefined}
    >
      {content}
    </section>
  );
}
