import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, withOrganizationTimeZone, type AppConfig } from '@carecircle/api/platform';
import { runJobInTransaction } from '@carecircle/api/audit';
import { RISK_REFRESH_BATCH, RISK_REFRESH_LOCK_CLASS, RiskFlagsService } from './risk-flags.service';

/** How often the stored flags are checked for a new day: a day turns over at each organization's own midnight. */
export const RISK_REFRESH_EVERY_MS = 10 * 60 * 1000;
/** The first pass after start-up, so a server started on a new day does not wait ten minutes. */
const FIRST_PASS_AFTER_MS = 30 * 1000;

/**
 * Flags that count days (no check-in for N days, a review falling overdue, no peer contact) change
 * with the calendar, not with a write: this job refreshes, for each organization, the rows last
 * refreshed on another day than the organization's today (and any left stale), every ten minutes.
 * Several API processes may share one database: each batch takes the organization's transaction-scoped
 * advisory lock (the one readers take to refresh) without waiting, and a process that does not get it
 * leaves that organization to the one that did.
 * Started with the app, except in tests (they call `runOnce`); stopped when the app shuts down.
 */
@Injectable()
export class RiskRefreshScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RiskRefreshScheduler');
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly risk: RiskFlagsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    const pass = () => void this.runOnce().catch((error: unknown) => this.logger.error(`Risk flag refresh failed: ${(error as Error).message}`));
    // unref: a pending pass never keeps a finished process alive.
    this.timers = [setTimeout(pass, FIRST_PASS_AFTER_MS).unref(), setInterval(pass, RISK_REFRESH_EVERY_MS).unref()];
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    // Before the database connection closes: let a pass in progress finish its batch.
    await this.running?.catch(() => undefined);
  }

  /** One pass over every organization; how many clients' flags it refreshed. A pass already under way is joined, not doubled. */
  runOnce(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    let refreshed = 0;
    const organizations: Array<{ id: string; time_zone: string }> = await this.dataSource.query(`SELECT id, time_zone FROM organization ORDER BY id`);
    for (const organization of organizations) {
      let after: string | undefined;
      while (!this.stopped) {
        // A batch per transaction: row locks are held for one batch, not for a whole organization.
        const batch = await runJobInTransaction(this.dataSource, (manager) =>
          withOrganizationTimeZone(organization.time_zone, async () => {
            const [lock] = (await manager.query(`SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked`, [
              RISK_REFRESH_LOCK_CLASS,
              organization.id,
            ])) as Array<{ locked: boolean }>;
            return lock?.locked ? this.risk.refreshOutdated(manager, organization.id, after) : null;
          }),
        );
        if (batch === null) break; // another process is refreshing this organization
        refreshed += batch.refreshed;
        if (batch.last === null || batch.refreshed < RISK_REFRESH_BATCH) break;
        after = batch.last;
      }
    }
    if (refreshed > 0) this.logger.log(`Refreshed the risk flags of ${refreshed} clients`);
    return refreshed;
  }
}
