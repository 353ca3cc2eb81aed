import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from 'react-aria-components';

export interface CheckboxProps extends Omit<AriaCheckboxProps, 'className' | 'children'> {
  children: ReactNode;
}

/** A checkbox whose visible label is its accessible name. */
export function Checkbox({ children, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className="cc-checkbox">
      <span className="cc-checkbox__box" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="14" height="14">
          <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </svg>
      </span>
      {children}
    </AriaCheckbox>
  );
}
