import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@carecircle/api/clients';
import { CareTeamAssignmentEntity } from './care-team-assignment.entity';
import { CareTeamService } from './care-team.service';
import { CareTeamCandidatesService } from './care-team-candidates.service';
import { CareTeamAssignmentService } from './care-team-assignment.service';
import { careTeamResolvers } from './care-team.resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([CareTeamAssignmentEntity]), ClientsModule],
  providers: [CareTeamService, CareTeamCandidatesService, CareTeamAssignmentService, ...careTeamResolvers],
  exports: [CareTeamService],
})
export class CareTeamModule {}
