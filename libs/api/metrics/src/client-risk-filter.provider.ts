import { Global, Injectable, Module } from '@nestjs/common';
import { RiskSeverity, type RiskFlagCode, type StaffRole } from '@carecircle/shared/domain';
import { CLIENT_RISK_FILTER, type ClientRiskFilter } from '@carecircle/api/clients';
import { flagsForRole } from './client-risk.resolver';
import { RiskFlagsService } from './risk-flags.service';

const RANK: Record<RiskSeverity, number> = { [RiskSeverity.URGENT]: 0, [RiskSeverity.WARNING]: 1, [RiskSeverity.INFO]: 2 };

@Injectable()
export class RiskFlagClientFilter implements ClientRiskFilter {
  constructor(private readonly risk: RiskFlagsService) {}

  async matching(
    clientIds: readonly string[],
    criteria: { atLeast: RiskSeverity | null; code: RiskFlagCode | null },
    role: StaffRole,
  ): Promise<Set<string>> {
    const flags = await this.risk.flagsFor(clientIds);
    const matches = new Set<string>();
    for (const id of clientIds) {
      const visible = flagsForRole(flags.get(id) ?? [], role);
      const hit = visible.some(
        (f) => (criteria.code === null || f.code === criteria.code) && (criteria.atLeast === null || RANK[f.severity] <= RANK[criteria.atLeast]),
      );
      if (hit) matches.add(id);
    }
    return matches;
  }
}

/** Lends the clients filter the risk rules (global: the clients lib cannot import metrics). */
@Global()
@Module({
  providers: [RiskFlagsService, { provide: CLIENT_RISK_FILTER, useClass: RiskFlagClientFilter }],
  exports: [CLIENT_RISK_FILTER, RiskFlagsService],
})
export class ClientRiskFilterModule {}
