import { RISK_FLAG_LABELS, RISK_SEVERITY_LABELS } from '@carecircle/shared/domain';
import type { RiskFlagCode, RiskSeverity } from '@carecircle/web/data-access';
import { VisuallyHidden } from '@carecircle/web/ui';
import { useState } from 'react';
import { Button, OverlayArrow, Tooltip, TooltipTrigger } from 'react-aria-components';

export interface RiskFlagBadgeProps {
  flag: { code: RiskFlagCode; severity: RiskSeverity; reason: string };
}

const SEVERITY_ICON: Record<RiskSeverity, string> = { URGENT: '!!', WARNING: '!', INFO: 'i' };

/**
 * A flag's severity and short label as a focusable badge. The reason shows in a tooltip on hover,
 * keyboard focus or a tap, and is in the text for screen readers browsing the table.
 */
export function RiskFlagBadge({ flag }: RiskFlagBadgeProps) {
  const [isOpen, setOpen] = useState(false);
  const severity = RISK_SEVERITY_LABELS[flag.severity];
  const label = RISK_FLAG_LABELS[flag.code] ?? flag.code;
  return (
    <>
      <TooltipTrigger delay={300} closeDelay={200} isOpen={isOpen} onOpenChange={setOpen} shouldCloseOnPress={false}>
        <Button
          className={`cc-flag cc-flag--${flag.severity.toLowerCase()}`}
          onPress={() => setOpen((open) => !open)}
        >
          <span className="cc-flag__icon" aria-hidden="true">
            {SEVERITY_ICON[flag.severity]}
          </span>
          <span className="cc-flag__severity">{severity}:</span> {label}
        </Button>
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
