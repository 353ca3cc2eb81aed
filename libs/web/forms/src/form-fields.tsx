import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { get, useFormState, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';

/** What every bound field takes: the form, the field's name in it, and a visible label. */
interface BoundFieldProps<T extends FieldValues, C, O extends FieldValues> {
  form: UseFormReturn<T, C, O>;
  name: Path<T>;
  /** Always shown above the input; never a placeholder stand-in. */
  label: string;
  description?: ReactNode;
  disabled?: boolean;
}

/** The field's current error message (client rule or server refusal), re-rendering only this field. */
function useFieldError<T extends FieldValues, C, O extends FieldValues>(form: UseFormReturn<T, C, O>, name: Path<T>): string | undefined {
  const { errors } = useFormState({ control: form.control, name });
  const error = get(errors, name) as { message?: string } | undefined;
  return error?.message;
}

/** Ids tying an input to its description and error, so a screen reader reads both with the label. */
function useFieldIds(hasDescription: boolean, error: string | undefined) {
  const id = useId();
  const descriptionId = hasDescription ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, descriptionId, errorId, describedBy: [descriptionId, errorId].filter(Boolean).join(' ') || undefined };
}

function FieldFooter({ description, descriptionId, error, errorId }: { description?: ReactNode; descriptionId?: string; error?: string; errorId?: string }) {
  return (
    <>
      {description && (
        <span id={descriptionId} className="cc-field__description">
          {description}
        </span>
      )}
      {error && (
        <span id={errorId} className="cc-field__error">
          {error}
        </span>
      )}
    </>
  );
}

export interface FormTextFieldProps<T extends FieldValues, C, O extends FieldValues> extends BoundFieldProps<T, C, O> {
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'time' | 'datetime-local';
  autoComplete?: string;
  placeholder?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  max?: string;
  min?: string;
}

/** A labelled text (or date/time) input bound to the form. Native inputs: the phone's own keyboard and date picker. */
export function FormTextField<T extends FieldValues, C, O extends FieldValues>({
  form,
  name,
  label,
  description,
  disabled,
  type = 'text',
  ...inputProps
}: FormTextFieldProps<T, C, O>) {
  const error = useFieldError(form, name);
  const ids = useFieldIds(Boolean(description), error);
  return (
    <div className="cc-field">
      <label className="cc-field__label" htmlFor={ids.id}>
        {label}
      </label>
      <input
        {...form.register(name)}
        {...inputProps}
        id={ids.id}
        type={type}
        disabled={disabled}
        className="cc-field__input"
        aria-invalid={error ? true : undefined}
        data-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldFooter description={description} descriptionId={ids.descriptionId} error={error} errorId={ids.errorId} />
    </div>
  );
}

/** A date field (`YYYY-MM-DD`), the browser's date picker. */
export function FormDateField<T extends FieldValues, C, O extends FieldValues>(props: Omit<FormTextFieldProps<T, C, O>, 'type'>) {
  return <FormTextField {...props} type="date" />;
}

export interface FormNumberFieldProps<T extends FieldValues, C, O extends FieldValues> extends BoundFieldProps<T, C, O> {
  min?: number;
  max?: number;
  step?: number;
}

/**
 * A whole-number input bound to the form. An empty box is `undefined` (not 0, not NaN), so
 * "not answered" and "zero" stay different things.
 */
export function FormNumberField<T extends FieldValues, C, O extends FieldValues>({
  form,
  name,
  label,
  description,
  disabled,
  min,
  max,
  step = 1,
}: FormNumberFieldProps<T, C, O>) {
  const error = useFieldError(form, name);
  const ids = useFieldIds(Boolean(description), error);
  return (
    <div className="cc-field cc-field--number">
      <label className="cc-field__label" htmlFor={ids.id}>
        {label}
      </label>
      <input
        {...form.register(name, { setValueAs: (value: unknown) => (value === '' || value == null ? undefined : Number(value)) })}
        id={ids.id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        className="cc-field__input"
        aria-invalid={error ? true : undefined}
        data-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldFooter description={description} descriptionId={ids.descriptionId} error={error} errorId={ids.errorId} />
    </div>
  );
}

export interface FormTextAreaProps<T extends FieldValues, C, O extends FieldValues> extends BoundFieldProps<T, C, O> {
  rows?: number;
  maxLength?: number;
}

/** A labelled multi-line text box bound to the form. */
export function FormTextArea<T extends FieldValues, C, O extends FieldValues>({
  form,
  name,
  label,
  description,
  disabled,
  rows = 4,
  maxLength,
}: FormTextAreaProps<T, C, O>) {
  const error = useFieldError(form, name);
  const ids = useFieldIds(Boolean(description), error);
  return (
    <div className="cc-field">
      <label className="cc-field__label" htmlFor={ids.id}>
        {label}
      </label>
      <textarea
        {...form.register(name)}
        id={ids.id}
        rows={rows}
        maxLength={maxLength}
        disabled={disabled}
        className="cc-field__input cc-field__textarea"
        aria-invalid={error ? true : undefined}
        data-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldFooter description={description} descriptionId={ids.descriptionId} error={error} errorId={ids.errorId} />
    </div>
  );
}

export interface FormOption {
  value: string;
  label: string;
}

export interface FormSelectProps<T extends FieldValues, C, O extends FieldValues> extends BoundFieldProps<T, C, O> {
  options: readonly FormOption[];
  /** Shown first with an empty value, e.g. "Choose a program"; leave out when a value is always chosen. */
  placeholder?: string;
}

/** A labelled native select bound to the form: the platform picker on phones, full keyboard support everywhere. */
export function FormSelect<T extends FieldValues, C, O extends FieldValues>({
  form,
  name,
  label,
  description,
  disabled,
  options,
  placeholder,
}: FormSelectProps<T, C, O>) {
  const error = useFieldError(form, name);
  const ids = useFieldIds(Boolean(description), error);
  return (
    <div className="cc-field cc-select">
      <label className="cc-field__label" htmlFor={ids.id}>
        {label}
      </label>
      <select
        {...form.register(name)}
        id={ids.id}
        disabled={disabled}
        className="cc-field__input cc-select__input"
        aria-invalid={error ? true : undefined}
        data-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldFooter description={description} descriptionId={ids.descriptionId} error={error} errorId={ids.errorId} />
    </div>
  );
}

/** A single yes/no checkbox bound to a boolean field; its visible text is its accessible name. */
export function FormCheckbox<T extends FieldValues, C, O extends FieldValues>({ form, name, label, description, disabled }: BoundFieldProps<T, C, O>) {
  const error = useFieldError(form, name);
  const ids = useFieldIds(Boolean(description), error);
  return (
    <div className="cc-field cc-form-check">
      <label className="cc-form-check__label" htmlFor={ids.id}>
        <input
          {...form.register(name)}
          id={ids.id}
          type="checkbox"
          disabled={disabled}
          className="cc-form-check__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        {label}
      </label>
      <FieldFooter description={description} descriptionId={ids.descriptionId} error={error} errorId={ids.errorId} />
    </div>
  );
}

export interface FormChoiceGroupProps<T extends FieldValues, C, O extends FieldValues> extends BoundFieldProps<T, C, O> {
  options: readonly FormOption[];
  /** Lay the choices out in a row when there is room (short answers such as a 0–4 scale). */
  inline?: boolean;
}

/**
 * One answer from a short list, as radio buttons in a fieldset whose legend is the question:
 * every choice visible at once, arrow keys move between them. Values are strings; a schema can
 * coerce them (see `zodRules.choiceNumber`).
 */
export function FormRadioGroup<T extends FieldValues, C, O extends FieldValues>(props: FormChoiceGroupProps<T, C, O>) {
  return <ChoiceGroup {...props} type="radio" />;
}

/** Any number of answers from a list, as checkboxes in a fieldset; the field holds the chosen values. */
export function FormCheckboxGroup<T extends FieldValues, C, O extends FieldValues>(props: FormChoiceGroupProps<T, C, O>) {
  return <ChoiceGroup {...props} type="checkbox" />;
}

function ChoiceGroup<T extends FieldValues, C, O extends FieldValues>({
  form,
  name,
  label,
  description,
  disabled,
  options,
  inline,
  type,
}: FormChoiceGroupProps<T, C, O> & { type: 'radio' | 'checkbox' }) {
  const error = useFieldError(form, name);
  const ids = useFieldIds(Boolean(description), error);
  const registration = form.register(name);
  return (
    <fieldset
      className={inline ? 'cc-choice-group cc-choice-group--inline' : 'cc-choice-group'}
      aria-invalid={error ? true : undefined}
      aria-describedby={ids.describedBy}
      disabled={disabled}
    >
      <legend className="cc-field__label cc-choice-group__legend">{label}</legend>
      <div className="cc-choice-group__options">
        {options.map((option) => (
          <label key={option.value} className="cc-form-check__label cc-choice-group__option">
            <input {...registration} type={type} value={option.value} className="cc-form-check__input" />
            {option.label}
          </label>
        ))}
      </div>
      <FieldFooter description={description} descriptionId={ids.descriptionId} error={error} errorId={ids.errorId} />
    </fieldset>
  );
}
