import './forms.css';

export { useZodForm } from './use-zod-form';
export { useServerSubmit } from './use-server-submit';
export type { ServerSubmit } from './use-server-submit';
export { applyServerErrors, serverFieldProblems } from './server-errors';
export type { ServerFieldProblem } from './server-errors';
export { zodRules } from './zod-rules';
export { FormDialog } from './form-dialog';
export type { FormDialogProps } from './form-dialog';
export { FormErrorMessage } from './form-error-message';
export { isConflict, useReloadOnConflict } from './reload-on-conflict';
export {
  FormCheckbox,
  FormCheckboxGroup,
  FormDateField,
  FormNumberField,
  FormRadioGroup,
  FormSelect,
  FormTextArea,
  FormTextField,
} from './form-fields';
export type { FormChoiceGroupProps, FormOption, FormSelectProps, FormTextFieldProps } from './form-fields';
