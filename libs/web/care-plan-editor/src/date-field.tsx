import { useId } from 'react';

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' when empty. */
  value: string;
  onChange: (value: string) => void;
  description?: string;
}

/** A labelled native date input: the platform's date picker, typed in the reader's locale. */
export function DateField({ label, value, onChange, description }: DateFieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className="cc-field cc-date-field">
      <label className="cc-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="cc-field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={descriptionId}
      />
      {description && (
        <span id={descriptionId} className="cc-field__description">
          {description}
        </span>
      )}
    </div>
  );
}
