import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule, RecoveryStartResetEntity } from '@carecircle/api/clients';
import { MilestonesService } from './milestones.service';
import { milestoneResolvers } from './milestones-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([RecoveryStartResetEntity]), AuditModule, ClientsModule],
  providers: [MilestonesService, ...milestoneResolvers],
  exports: [MilestonesService],
})
export class MilestonesModule {}
