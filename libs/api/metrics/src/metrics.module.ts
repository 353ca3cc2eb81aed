import { Module } from '@nestjs/common';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { CaseloadSummaryService } from './caseload-summary.service';
import { CheckInTrendsService } from './check-in-trends.service';
import { metricsResolvers } from './metrics-resolvers';
import { RetentionService } from './retention.service';
import { RiskFlagsService } from './risk-flags.service';

@Module({
  imports: [AuditModule, ClientsModule],
  providers: [RiskFlagsService, RetentionService, CheckInTrendsService, CaseloadSummaryService, ...metricsResolvers],
  exports: [RiskFlagsService],
})
export class MetricsModule {}
