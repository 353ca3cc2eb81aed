import type { ReactNode } from 'react';

export interface RecordSectionProps {
  /** Used for the heading id, so the section is named by its heading. */
  id: string;
  title: string;
  /** Links or badges shown beside the heading. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One card of the client record: a region named by its h2. */
export function RecordSection({ id, title, aside, className, children }: RecordSectionProps) {
  const headingId = `record-${id}-heading`;
  return (
    <section className={['cc-record__section', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <div className="cc-record__section-header">
        <h2 id={headingId}>{title}</h2>
        {aside && <div className="cc-record__section-aside">{aside}</div>}
      </div>
      {children}
    </section>
  );
}
