import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { MeasureAdministrationEntity } from './measure-administration.entity';
import { MeasuresService } from './measures.service';
import { measureResolvers } from './measures-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([MeasureAdministrationEntity]), ClientsModule, SupportNetworkModule],
  providers: [MeasuresService, ...measureResolvers],
  exports: [MeasuresService],
})
export class MeasuresModule {}
