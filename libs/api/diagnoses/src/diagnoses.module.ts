import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { DiagnosisEntity } from './diagnosis.entity';
import { diagnosisResolvers } from './diagnosis-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([DiagnosisEntity]), AuditModule, ClientsModule, SupportNetworkModule],
  providers: [...diagnosisResolvers],
})
export class DiagnosesModule {}
