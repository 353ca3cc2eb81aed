import { useId, type SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'className'> {
  /** Always shown above the select. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  description?: string;
  errorMessage?: string;
}

/**
 * A labelled native select: the platform picker on phones, full keyboard support everywhere.
 * Choose it for short lists of known options.
 */
export function SelectField({ label, value, onChange, options, description, errorMessage, id, ...props }: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const descriptionId = description ? `${selectId}-description` : undefined;
  const errorId = errorMessage ? `${selectId}-error` : undefined;
  return (
    <div className="cc-field cc-select">
      <label className="cc-field__label" htmlFor={selectId}>
        {label}
      </label>
      <select
        {...props}
        id={selectId}
        className="cc-field__input cc-select__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {description && (
        <span id={descriptionId} className="cc-field__description">
          {description}
        </span>
      )}
      {errorMessage && (
        <span id={errorId} className="cc-field__error">
          {errorMessage}
        </span>
      )}
    </div>
  );
}
