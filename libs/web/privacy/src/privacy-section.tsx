import type { ReactNode } from 'react';

export interface PrivacySectionProps {
  id: string;
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}

/** A card of the client record (same look as the record's own sections): a region named by its h2. */
export function PrivacySection({ id, title, aside, children }: PrivacySectionProps) {
  const headingId = `privacy-${id}-heading`;
  return (
    <section className={`cc-record__section cc-privacy cc-privacy--${id}`} aria-labelledby={headingId}>
      <div className="cc-record__section-header">
        <h2 id={headingId}>{title}</h2>
        {aside && <div className="cc-record__section-aside cc-privacy__actions">{aside}</div>}
      </div>
      {children}
    </section>
  );
}
