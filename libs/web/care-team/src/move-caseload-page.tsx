/** Placeholder: being built in this change. */
export function MoveCaseloadPage() {
  return (
    <div className="cc-page">
      <h1>Move a caseload</h1>
    </div>
  );
}
