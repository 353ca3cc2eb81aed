import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientAccessPolicy } from './client-access.policy';
import { ClientEntity } from './client.entity';
import { ClientsResolver } from './clients.resolver';
import { ProgramsResolver } from './programs.resolver';
import { ClientsService } from './clients.service';
import { EpisodeOfCareService } from './episode-of-care.service';
import { LevelOfCareChangeEntity } from './level-of-care-change.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ClientEntity, LevelOfCareChangeEntity]), AuditModule],
  providers: [ProgramsResolver, ClientAccessPolicy, ClientsService, EpisodeOfCareService, ClientsResolver],
  exports: [ClientAccessPolicy, ClientsService],
})
export class ClientsModule {}
