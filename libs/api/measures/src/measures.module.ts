import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { MeasureAdministrationEntity } from './measure-administration.entity';
import { MeasureDisclosurePolicy } from './measure-disclosure.policy';
import { MeasuresService } from './measures.service';
import { measureResolvers } from './measures-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([MeasureAdministrationEntity]), AuditModule, ClientsModule, SupportNetworkModule],
  providers: [MeasuresService, MeasureDisclosurePolicy, ...measureResolvers],
  exports: [MeasuresService, MeasureDisclosurePolicy],
})
export class MeasuresModule {}
