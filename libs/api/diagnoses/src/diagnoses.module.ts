import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CarePlansModule } from '@carecircle/api/care-plans';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { DiagnosesService } from './diagnoses.service';
import { DiagnosisEntity } from './diagnosis.entity';
import { diagnosisResolvers } from './diagnosis-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([DiagnosisEntity]), ClientsModule, CarePlansModule, SupportNetworkModule],
  providers: [DiagnosesService, ...diagnosisResolvers],
  exports: [DiagnosesService],
})
export class DiagnosesModule {}
