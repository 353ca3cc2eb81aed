import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  /** Always shown above the input; never a placeholder stand-in. */
  label: string;
  description?: string;
  errorMessage?: string;
  placeholder?: string;
}

/** A labelled text input; the label stays visible while typing. */
export function TextField({ label, description, errorMessage, placeholder, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} className="cc-field">
      <Label className="cc-field__label">{label}</Label>
      <Input className="cc-field__input" placeholder={placeholder} />
      {description && (
        <Text slot="description" className="cc-field__description">
          {description}
        </Text>
      )}
      <FieldError className="cc-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
