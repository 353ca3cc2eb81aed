import {
  FieldError,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextAreaFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children' | 'isInvalid'> {
  /** Always shown above the text area; never a placeholder stand-in. */
  label: string;
  description?: string;
  /** Shown under the field, which is then marked invalid. */
  errorMessage?: string;
  rows?: number;
}

/** A labelled multi-line text input for sentences and paragraphs (statements, comments). */
export function TextAreaField({ label, description, errorMessage, rows = 3, ...props }: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(errorMessage)} className="cc-field">
      <Label className="cc-field__label">{label}</Label>
      <TextArea className="cc-field__input cc-field__textarea" rows={rows} />
      {description && (
        <Text slot="description" className="cc-field__description">
          {description}
        </Text>
      )}
      <FieldError className="cc-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
