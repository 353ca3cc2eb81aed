/** Placeholder: being built in this change. */
export function RiskThresholdsPage() {
  return (
    <div className="cc-page">
      <h1>Risk thresholds</h1>
    </div>
  );
}
