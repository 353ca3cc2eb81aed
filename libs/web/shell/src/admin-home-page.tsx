/** Administrators run the organization's setup; clinical records stay with clinical staff. */
export function AdminHomePage() {
  return (
    <div className="cc-page">
      <h1>Administration</h1>
      <p>
        Administrators manage staff and programs. Client records are not shown to administrators: only counselors,
        clinical supervisors and peer support workers see clients they work with.
      </p>
      <p>Staff and program management will appear here.</p>
    </div>
  );
}
