/** Placeholder: being built in this change. */
export function ProgramsPage() {
  return (
    <div className="cc-page">
      <h1>Programs</h1>
    </div>
  );
}
