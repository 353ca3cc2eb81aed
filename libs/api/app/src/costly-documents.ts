/** Documents that once cost the server dearly, for the limit tests and `npm run bench:query-limits`. */

/** The memory attack of finding 1: 250 aliased pages of 100 clients, each with the whole record. */
export function aliasedClientPages(count: number): string {
  const pages = Array.from({ length: count }, (_, i) => `c${i}: clients(limit: 100) { items { ...Everything } }`).join('\n');
  return `query Everything {\n${pages}\n}
fragment Everything on Client {
  id firstName lastName preferredName dateOfBirth levelOfCare status admissionDate recoveryStartDate
  careTeam { role startedOn staff { id displayName } }
  consents { id } diagnoses { id icd10Code description status } supportNetwork { id }
  latestMeasures { id } familyEngagementEvents { id } riskFlags { code severity }
  currentCarePlan { id problems { goals { objectives { interventions { id } } } } }
}`;
}
