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
  const code = `upper(btrim(dual_dx.icd10_code))`;
  const substanceUse = `(${code} ~ '^F1[0-9]' AND ${code} !~ '^F17')`;
  const mentalHealth = `(${code} ~ '^F' AND ${code} !~ '^F1[0-9]')`;
  // One scalar aggregate over the client's active diagnoses (one index probe), not two EXISTS: the
  // planner may run an EXISTS in a select list as a hashed scan of EVERY diagnosis when it expects
  // many rows, even when LIMIT leaves ten (measured: 55 of a 63 ms caseload page at 10,000 clients).
  return `COALESCE((SELECT bool_or(${substanceUse}) AND bool_or(${mentalHealth}) FROM diagnosis dual_dx
    WHERE dual_dx.client_id = ${clientAlias}.id AND dual_dx.status = 'ACTIVE' AND ${code} !~ ${REMISSION_SQL_LITERAL}), false)`;
}
