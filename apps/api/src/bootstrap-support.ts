import { toIsoDate } from '@carecircle/shared/domain';

export { ConfigError, loadConfig } from '@carecircle/api/platform';

export const toIsoDateToday = () => toIsoDate(new Date());

/** Runs a CLI step, printing a clear message and exiting non-zero on failure. */
export function runCli(name: string, step: () => Promise<void>): void {
  step().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
