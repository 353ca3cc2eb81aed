/** Placeholder: being built in this change. */
export function OrganizationSettingsPage() {
  return (
    <div className="cc-page">
      <h1>Organization settings</h1>
    </div>
  );
}
