import type { ReactNode } from 'react';
import { errorMessage } from '@carecircle/web/data-access';
import { ErrorState, Skeleton } from '@carecircle/web/ui';

export interface SectionQueryState {
  hasData: boolean;
  error: Parameters<typeof errorMessage>[0];
  refetch: () => Promise<unknown>;
}

/**
 * What a section that loads its own data shows before it has any: an error with Retry, or a
 * skeleton. Null once the data is there, so the section renders it.
 */
export function sectionLoadingOrError(
  { hasData, error, refetch }: SectionQueryState,
  text: { failed: string; loading: string; rows: number },
): ReactNode | null {
  if (hasData) return null;
  if (error) {
    return (
      <ErrorState
        headingLevel={3}
        title={text.failed}
        message={errorMessage(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  return <Skeleton label={text.loading} rows={text.rows} />;
}
