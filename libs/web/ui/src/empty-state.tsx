import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** What the person can do next. */
  children: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
}

/** Shown when there is nothing to list: says why, and what to do next. */
export function EmptyState({ title, children, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="cc-state cc-state--empty" aria-label={title}>
      <Heading className="cc-state__title">{title}</Heading>
      <div className="cc-state__body">{children}</div>
      {action && <div className="cc-state__action">{action}</div>}
    </section>
  );
}
