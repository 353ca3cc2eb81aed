export type StatusTone = 'positive' | 'caution' | 'neutral';

export interface StatusBadgeProps {
  /** The status in words; the colour only reinforces it. */
  children: string;
  tone?: StatusTone;
}

export function StatusBadge({ children, tone = 'neutral' }: StatusBadgeProps) {
  return (
    <span className={`cc-badge cc-badge--${tone}`}>
      <span className="cc-badge__dot" aria-hidden="true" />
      {children}
    </span>
  );
}
