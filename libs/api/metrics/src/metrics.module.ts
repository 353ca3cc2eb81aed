import { Module } from '@nestjs/common';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { metricsResolvers } from './metrics-resolvers';

@Module({
  imports: [AuditModule, ClientsModule],
  providers: [...metricsResolvers],
})
export class MetricsModule {}
