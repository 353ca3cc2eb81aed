/** Placeholder: being built in this change. */
export function AccountSetupPage() {
  return (
    <div className="cc-page">
      <h1>Set your password</h1>
    </div>
  );
}
