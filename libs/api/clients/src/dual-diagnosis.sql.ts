import { ICD10_REMISSION_PATTERN } from '@carecircle/shared/domain';

/** The remission pattern as a SQL string literal; it holds no quote, checked once here. */
const REMISSION_SQL_LITERAL = (() => {
  const source = ICD10_REMISSION_PATTERN.source;
  if (source.includes("'")) throw new Error('ICD10_REMISSION_PATTERN must not contain a quote');
  return `'${source}'`;
})();

/**
 * The SQL twin of `isDualDiagnosis` (@carecircle/shared/domain): a condition, true for a client row
 * under `clientAlias` with at least one active substance-use diagnosis other than nicotine (F10–F19
 * except F17) AND at least one active mental-health diagnosis (any other F code). Active means
 * status ACTIVE and a code that does not itself say "in remission" (ICD10_REMISSION_PATTERN, the
 * same regular expression the pure rule uses). Codes are stored normalized, but the condition
 * normalizes again exactly as `normalizeIcd10Code` does.
 *
 * It lives here, not in the diagnoses lib, so the clients filter can use it without the clients lib
 * depending on diagnoses (diagnoses depends on clients). The diagnoses integration test checks it
 * against the pure function on the DOMAIN.md cases and the remission codes.
 */
export function dualDiagnosisSql(clientAlias: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(clientAlias)) throw new Error(`dualDiagnosisSql: "${clientAlias}" is not a plain SQL alias`);
  const code = (dx: string) => `upper(btrim(${dx}.icd10_code))`;
  const activeOfClient = (dx: string) =>
    `${dx}.client_id = ${clientAlias}.id AND ${dx}.status = 'ACTIVE' AND ${code(dx)} !~ ${REMISSION_SQL_LITERAL}`;
  const substanceUse = `EXISTS (SELECT 1 FROM diagnosis dual_sud WHERE ${activeOfClient('dual_sud')} AND ${code('dual_sud')} ~ '^F1[0-9]' AND ${code('dual_sud')} !~ '^F17')`;
  const mentalHealth = `EXISTS (SELECT 1 FROM diagnosis dual_mh WHERE ${activeOfClient('dual_mh')} AND ${code('dual_mh')} ~ '^F' AND ${code('dual_mh')} !~ '^F1[0-9]')`;
  return `(${substanceUse} AND ${mentalHealth})`;
}
