import 'reflect-metadata';
import { loadConfig, runCli } from '../bootstrap-support';
import { openDatabase } from '@carecircle/api/app';
import { describeAuditChain, verifyAuditChain } from '@carecircle/api/database';

/**
 * `npm run audit:verify`: recomputes every organization's hash chain of audit rows. Prints
 * "Audit trail intact: N rows in M organizations", or the first broken link and exits 1.
 */
runCli('audit:verify', async () => {
  // While CareCircle runs, its database is read in place (one consistent snapshot); otherwise it is started for the check.
  const database = await openDatabase(loadConfig(), undefined, { joinRunning: true });
  let intact: boolean;
  try {
    const report = await verifyAuditChain(database.url);
    process.stdout.write(`${describeAuditChain(report)}\n`);
    intact = report.broken === null;
  } finally {
    await database.stop();
  }
  // A broken chain is the answer, not a failure of the command: said on stdout, and the exit status tells scripts.
  if (!intact) process.exit(1);
});
