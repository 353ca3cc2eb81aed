import { Button } from '@carecircle/web/ui';
import { useLayoutEffect, useRef } from 'react';

const count = new Intl.NumberFormat();

export interface CaseloadPagerProps {
  /** The page on screen (the previous one stays while the next loads). */
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  /** Which button asked for the page that is loading, so that button shows it is busy. */
  pending: 'previous' | 'next' | null;
  busy: boolean;
  onGoTo: (offset: number, via: 'previous' | 'next') => void;
}

/**
 * "Showing 51–100 of 3,248" with Previous and Next. The button that was pressed stays focusable while
 * its page loads (React Aria's pending state, announced to screen readers); when a page at either end
 * disables the button that had focus, focus moves to the other one rather than falling to the page.
 */
export function CaseloadPager({ offset, shown, total, pageSize, pending, busy, onGoTo }: CaseloadPagerProps) {
  const navRef = useRef<HTMLElement>(null);
  const first = shown === 0 ? 0 : offset + 1;
  const last = offset + shown;
  const atStart = offset === 0;
  const atEnd = last >= total;

  useLayoutEffect(() => {
    const nav = navRef.current;
    const active = document.activeElement;
    if (!nav || !(active instanceof HTMLButtonElement) || !active.disabled || !nav.contains(active)) return;
    const other = [...nav.querySelectorAll('button')].find((button) => button !== active && !button.disabled);
    other?.focus();
  }, [atStart, atEnd]);

  return (
    <nav ref={navRef} className="cc-caseload__paging" aria-label="Pages of clients">
      <p className="cc-caseload__range" aria-live="polite">
        Showing {count.format(first)}–{count.format(last)} of {count.format(total)}
        {busy && <span className="cc-caseload__loading"> · Loading…</span>}
      </p>
      <div className="cc-caseload__paging-buttons">
        <Button
          variant="secondary"
          isDisabled={atStart}
          isPending={busy && pending === 'previous'}
          onPress={() => onGoTo(Math.max(0, offset - pageSize), 'previous')}
        >
          <span aria-hidden="true">‹ </span>Previous
        </Button>
        <Button
          variant="secondary"
          isDisabled={atEnd}
          isPending={busy && pending === 'next'}
          onPress={() => onGoTo(offset + pageSize, 'next')}
        >
          Next<span aria-hidden="true"> ›</span>
        </Button>
      </div>
    </nav>
  );
}
