import { Module } from '@nestjs/common';
import { ClientsModule } from '@carecircle/api/clients';
import { MetricsModule } from '@carecircle/api/metrics';
import { programsResolvers } from './programs.resolvers';
import { ProgramsService } from './programs.service';

/** Programs: create and edit, and their risk thresholds with a preview of what a change would flag. */
@Module({
  imports: [ClientsModule, MetricsModule],
  providers: [ProgramsService, ...programsResolvers],
})
export class ProgramsModule {}
