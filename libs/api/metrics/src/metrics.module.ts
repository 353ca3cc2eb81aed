import { Module } from '@nestjs/common';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { CaseloadSummaryService } from './caseload-summary.service';
import { CheckInTrendsService } from './check-in-trends.service';
import { metricsResolvers } from './metrics-resolvers';
import { ReadmissionService } from './readmission.service';
import { RetentionService } from './retention.service';
import { RiskFlagsService } from './risk-flags.service';

/** Aggregates and risk flags over the caller's clients. The caseload list, above it, imports RiskFlagsService. */
@Module({
  imports: [ClientsModule, SupportNetworkModule],
  providers: [RiskFlagsService, RetentionService, ReadmissionService, CheckInTrendsService, CaseloadSummaryService, ...metricsResolvers],
  exports: [RiskFlagsService],
})
export class MetricsModule {}
