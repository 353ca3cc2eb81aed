/** Placeholder: being built in this change. */
export function CareTeamSection(_props: { clientId: string; clientName: string }) {
  return null;
}
