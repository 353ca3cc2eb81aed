import { Client } from 'pg';

/** One organization's chain broken at one row: what `npm run audit:verify` reports. */
export interface BrokenAuditLink {
  organizationId: string;
  /** The audit row where the chain stops holding; for a removed newest row, the last row left (or null if none). */
  rowId: string | null;
  occurredAt: Date | null;
  problem: string;
}

export interface AuditChainReport {
  rows: number;
  organizations: number;
  broken: BrokenAuditLink | null;
}

/**
 * The verifier's own copy of the row hash (migration 1764800000400 computes it on insert): the check
 * does not trust any function stored in the database it checks. Keep the two identical.
 */
function rowHashSql(row: string): string {
  return `encode(sha256(convert_to(json_build_array(
    ${row}.previous_hash, ${row}.chain_seq, ${row}.id, ${row}.organization_id, ${row}.actor_id, ${row}.actor_role, ${row}.action,
    ${row}.entity_type, ${row}.entity_id, ${row}.client_id, ${row}.fields, ${row}.request_id, ${row}.client_address,
    ${row}.user_agent, ${row}.reason, ${row}.outcome,
    to_char(${row}.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text, 'UTF8')), 'hex')`;
}

/**
 * Recomputes every organization's hash chain of audit rows and returns the first broken link, in
 * order of time: a row whose content no longer matches its hash (changed), a row whose predecessor
 * is not the row it was chained to (a row before it removed, changed or inserted), or a chain whose
 * newest rows are gone (its head names a row that is not there).
 */
export async function verifyAuditChain(url: string): Promise<AuditChainReport> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // One consistent snapshot for the counts and both checks, while the app keeps writing.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const counts = await client.query<{ rows: string; organizations: string }>(
      `SELECT count(*) AS rows, count(DISTINCT organization_id) AS organizations FROM audit_event`,
    );
    const links = await client.query<{ organization_id: string; id: string; occurred_at: Date; problem: string }>(`
      WITH chained AS (
        SELECT e.organization_id, e.id, e.occurred_at, e.chain_seq, e.previous_hash, e.row_hash,
               lag(e.row_hash) OVER w AS prior_hash, lag(e.chain_seq) OVER w AS prior_seq,
               ${rowHashSql('e')} AS recomputed
          FROM audit_event e
        WINDOW w AS (PARTITION BY e.organization_id ORDER BY e.chain_seq)
      )
      SELECT organization_id, id, occurred_at,
             CASE WHEN recomputed IS DISTINCT FROM row_hash THEN 'its content no longer matches its hash (changed)'
                  ELSE 'the row chained before it is missing or was changed' END AS problem
        FROM chained
       WHERE recomputed IS DISTINCT FROM row_hash
          OR previous_hash IS DISTINCT FROM prior_hash
          OR chain_seq IS DISTINCT FROM coalesce(prior_seq, 0) + 1
       ORDER BY occurred_at, id
       LIMIT 1`);
    const heads = await client.query<{ organization_id: string; id: string | null; occurred_at: Date | null }>(`
      SELECT coalesce(h.organization_id, last.organization_id) AS organization_id, last.id, last.occurred_at
        FROM audit_chain_head h
        FULL JOIN (SELECT DISTINCT ON (organization_id) organization_id, id, occurred_at, chain_seq, row_hash
                     FROM audit_event ORDER BY organization_id, chain_seq DESC) last ON last.organization_id = h.organization_id
       WHERE last.row_hash IS DISTINCT FROM h.last_hash OR last.chain_seq IS DISTINCT FROM h.last_seq
       ORDER BY last.occurred_at NULLS FIRST
       LIMIT 1`);
    await client.query('COMMIT');
    const link = links.rows[0];
    const head = heads.rows[0];
    let broken: BrokenAuditLink | null = null;
    if (link) {
      broken = { organizationId: link.organization_id, rowId: String(link.id), occurredAt: link.occurred_at, problem: link.problem };
    } else if (head) {
      broken = {
        organizationId: head.organization_id,
        rowId: head.id === null ? null : String(head.id),
        occurredAt: head.occurred_at,
        problem: 'the newest rows of the chain are missing (the chain ends before the row it last recorded)',
      };
    }
    return { rows: Number(counts.rows[0]?.rows ?? 0), organizations: Number(counts.rows[0]?.organizations ?? 0), broken };
  } finally {
    await client.end();
  }
}

/** The command's answer, one line. */
export function describeAuditChain(report: AuditChainReport): string {
  const b = report.broken;
  if (!b) return `Audit trail intact: ${report.rows} rows in ${report.organizations} organizations`;
  const where = b.rowId === null ? 'no rows left' : `row ${b.rowId} (occurred_at ${b.occurredAt?.toISOString() ?? 'unknown'})`;
  return `Audit trail broken in organization ${b.organizationId} at ${where}: ${b.problem}`;
}
