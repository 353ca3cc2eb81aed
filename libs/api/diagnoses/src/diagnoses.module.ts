import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { DiagnosesService } from './diagnoses.service';
import { DiagnosisDisclosurePolicy } from './diagnosis-disclosure.policy';
import { DiagnosisEntity } from './diagnosis.entity';
import { diagnosisResolvers } from './diagnosis-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([DiagnosisEntity]), AuditModule, ClientsModule, SupportNetworkModule],
  providers: [DiagnosesService, DiagnosisDisclosurePolicy, ...diagnosisResolvers],
  exports: [DiagnosesService, DiagnosisDisclosurePolicy],
})
export class DiagnosesModule {}
