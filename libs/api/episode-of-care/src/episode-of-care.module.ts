import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@carecircle/api/clients';
import { CareTeamModule } from '@carecircle/api/care-team';
import { EpisodeOfCareResolver } from './episode-of-care.resolver';
import { EpisodeOfCareService } from './episode-of-care.service';
import { EpisodeOfCareEntity } from './episode-of-care.entity';
import { LevelOfCareChangeEntity } from './level-of-care-change.entity';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const episodeOfCareResolvers = [EpisodeOfCareResolver];

@Module({
  imports: [TypeOrmModule.forFeature([EpisodeOfCareEntity, LevelOfCareChangeEntity]), ClientsModule, CareTeamModule],
  providers: [EpisodeOfCareService, ...episodeOfCareResolvers],
  exports: [EpisodeOfCareService],
})
export class EpisodeOfCareModule {}
