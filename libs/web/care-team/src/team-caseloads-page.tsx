/** Placeholder: being built in this change. */
export function TeamCaseloadsPage() {
  return (
    <div className="cc-page">
      <h1>Team caseloads</h1>
    </div>
  );
}
