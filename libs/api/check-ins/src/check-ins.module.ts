import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { CheckInEntity } from './check-in.entity';
import { checkInResolvers } from './check-ins-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([CheckInEntity]), AuditModule, ClientsModule],
  providers: [...checkInResolvers],
})
export class CheckInsModule {}
