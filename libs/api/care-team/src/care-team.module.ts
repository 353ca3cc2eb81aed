import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareTeamAssignmentEntity } from './care-team-assignment.entity';
import { CareTeamService } from './care-team.service';
import { ClientCareTeamResolver } from './client-care-team.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([CareTeamAssignmentEntity])],
  providers: [CareTeamService, ClientCareTeamResolver],
  exports: [CareTeamService],
})
export class CareTeamModule {}
