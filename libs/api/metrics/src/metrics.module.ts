import { Module } from '@nestjs/common';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { CaseloadSummaryService } from './caseload-summary.service';
import { CheckInTrendsService } from './check-in-trends.service';
import { metricsResolvers } from './metrics-resolvers';
import { ReadmissionService } from './readmission.service';
import { RetentionService } from './retention.service';
import { RiskFlagsService } from './risk-flags.service';
import { RiskRefreshScheduler } from './risk-refresh.scheduler';

/**
 * Aggregates and risk flags over the caller's clients. The caseload list, above it, imports RiskFlagsService;
 * the stored flags are kept current by the write path (a hook RiskFlagsService registers) and RiskRefreshScheduler.
 */
@Module({
  imports: [ClientsModule, SupportNetworkModule],
  providers: [RiskFlagsService, RiskRefreshScheduler, RetentionService, ReadmissionService, CheckInTrendsService, CaseloadSummaryService, ...metricsResolvers],
  exports: [RiskFlagsService, RiskRefreshScheduler],
})
export class MetricsModule {}
