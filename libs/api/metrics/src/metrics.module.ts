import { Module } from '@nestjs/common';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { CaseloadSummaryService } from './caseload-summary.service';
import { CheckInTrendsService } from './check-in-trends.service';
import { metricsResolvers } from './metrics-resolvers';
import { RetentionService } from './retention.service';
import { ClientRiskFilterModule } from './client-risk-filter.provider';

@Module({
  imports: [AuditModule, ClientsModule, ClientRiskFilterModule],
  providers: [RetentionService, CheckInTrendsService, CaseloadSummaryService, ...metricsResolvers],
  exports: [ClientRiskFilterModule],
})
export class MetricsModule {}
