import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareTeamAssignmentEntity } from './care-team-assignment.entity';
import { CareTeamService } from './care-team.service';
import { CareTeamCandidatesService } from './care-team-candidates.service';
import { careTeamResolvers } from './care-team.resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([CareTeamAssignmentEntity])],
  providers: [CareTeamService, CareTeamCandidatesService, ...careTeamResolvers],
  exports: [CareTeamService],
})
export class CareTeamModule {}
