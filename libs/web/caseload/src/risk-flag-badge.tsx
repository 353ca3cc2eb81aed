import { RISK_FLAG_LABELS, RISK_SEVERITY_LABELS } from '@carecircle/shared/domain';
import type { RiskFlagCode, RiskSeverity } from '@carecircle/web/data-access';
import { VisuallyHidden } from '@carecircle/web/ui';
import { useState } from 'react';
import { Focusable, OverlayArrow, Tooltip, TooltipTrigger } from 'react-aria-components';

export interface RiskFlagBadgeProps {
  flag: { code: RiskFlagCode; severity: RiskSeverity; reason: string };
}

const SEVERITY_ICON: Record<RiskSeverity, string> = { URGENT: '!!', WARNING: '!', INFO: 'i' };

/**
 * A flag's severity and short label as a focusable badge. The reason shows in a tooltip on hover,
 * keyboard focus or a tap, and is in the text for screen readers browsing the table.
 *
 * The badge is a native button made a tooltip trigger by React Aria's `Focusable`, not React Aria's
 * `Button`: a supervisor's first page has ~100 badges, and the press, hover and focus-ring hooks a
 * `Button` adds to each were about a third of React's render of the rows. A native click (a tap,
 * Enter or Space) toggles the reason just as well.
 */
export function RiskFlagBadge({ flag }: RiskFlagBadgeProps) {
  const [isOpen, setOpen] = useState(false);
  const severity = RISK_SEVERITY_LABELS[flag.severity];
  const label = RISK_FLAG_LABELS[flag.code] ?? flag.code;
  return (
    <>
      <TooltipTrigger delay={300} closeDelay={200} isOpen={isOpen} onOpenChange={setOpen} shouldCloseOnPress={false}>
        <Focusable>
          <button type="button" className={`cc-flag cc-flag--${flag.severity.toLowerCase()}`} onClick={() => setOpen((open) => !open)}>
            <span className="cc-flag__icon" aria-hidden="true">
              {SEVERITY_ICON[flag.severity]}
            </span>
            <span className="cc-flag__severity">{severity}:</span> {label}
          </button>
        </Focusable>
        <Tooltip className="cc-flag__tooltip" placement="top" offset={8}>
          <OverlayArrow className="cc-flag__tooltip-arrow">
            <svg width={12} height={12} viewBox="0 0 12 12" aria-hidden="true">
              <path d="M0 0 L6 6 L12 0" />
            </svg>
          </OverlayArrow>
          {flag.reason}
        </Tooltip>
      </TooltipTrigger>
      {!isOpen && <VisuallyHidden>. {flag.reason}</VisuallyHidden>}
    </>
  );
}
