import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule, RecoveryStartResetEntity } from '@carecircle/api/clients';
import { MilestonesService } from './milestones.service';
import { milestoneResolvers } from './milestones-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([RecoveryStartResetEntity]), ClientsModule],
  providers: [MilestonesService, ...milestoneResolvers],
  exports: [MilestonesService],
})
export class MilestonesModule {}
