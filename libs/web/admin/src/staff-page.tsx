/** Placeholder: being built in this change. */
export function StaffPage() {
  return (
    <div className="cc-page">
      <h1>Staff</h1>
    </div>
  );
}
