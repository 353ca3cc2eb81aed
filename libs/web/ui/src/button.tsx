import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  /** primary: the one main action of a view; secondary: everything else; quiet: low-emphasis (paging, header). */
  variant?: 'primary' | 'secondary' | 'quiet';
  className?: string;
}

/** A button with WAI-ARIA press, keyboard and focus-visible handling from react-aria-components. */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return <AriaButton {...props} className={['cc-button', `cc-button--${variant}`, className].filter(Boolean).join(' ')} />;
}
