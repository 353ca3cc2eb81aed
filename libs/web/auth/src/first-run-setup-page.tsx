/** Placeholder: being built in this change. */
export function FirstRunSetupPage() {
  return (
    <div className="cc-page">
      <h1>Set up CareCircle</h1>
    </div>
  );
}
