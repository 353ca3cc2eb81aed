/** The form's own refusal (what no single field shows), announced as soon as it appears. */
export function FormErrorMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" className={message ? 'cc-form__error' : 'cc-form__error cc-form__error--empty'}>
      {message}
    </div>
  );
}
