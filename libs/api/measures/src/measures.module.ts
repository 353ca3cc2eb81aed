import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { MeasureAdministrationEntity } from './measure-administration.entity';
import { measureResolvers } from './measures-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([MeasureAdministrationEntity]), AuditModule, ClientsModule],
  providers: [...measureResolvers],
})
export class MeasuresModule {}
