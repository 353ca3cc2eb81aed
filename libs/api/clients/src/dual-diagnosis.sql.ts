/**
 * The SQL twin of `isDualDiagnosis` (@carecircle/shared/domain): a condition, true for a client row
 * under `clientAlias` with at least one ACTIVE substance-use diagnosis other than nicotine (F10–F19
 * except F17) AND at least one ACTIVE mental-health diagnosis (any other F code). Codes are stored
 * normalized, but the condition normalizes again exactly as `normalizeIcd10Code` does.
 *
 * It lives here, not in the diagnoses lib, so the clients filter can use it without the clients lib
 * depending on diagnoses (diagnoses depends on clients). The diagnoses integration test checks it
 * against the pure function on the DOMAIN.md cases.
 */
export function dualDiagnosisSql(clientAlias: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(clientAlias)) throw new Error(`dualDiagnosisSql: "${clientAlias}" is not a plain SQL alias`);
  const code = (dx: string) => `upper(btrim(${dx}.icd10_code))`;
  const activeOfClient = (dx: string) => `${dx}.client_id = ${clientAlias}.id AND ${dx}.status = 'ACTIVE'`;
  const substanceUse = `EXISTS (SELECT 1 FROM diagnosis dual_sud WHERE ${activeOfClient('dual_sud')} AND ${code('dual_sud')} ~ '^F1[0-9]' AND ${code('dual_sud')} !~ '^F17')`;
  const mentalHealth = `EXISTS (SELECT 1 FROM diagnosis dual_mh WHERE ${activeOfClient('dual_mh')} AND ${code('dual_mh')} ~ '^F' AND ${code('dual_mh')} !~ '^F1[0-9]')`;
  return `(${substanceUse} AND ${mentalHealth})`;
}
