import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientAccessPolicy } from './client-access.policy';
import { ClientEntity } from './client.entity';
import { ClientsResolver } from './clients.resolver';
import { ClientsService } from './clients.service';

@Module({
  imports: [TypeOrmModule.forFeature([ClientEntity]), AuditModule],
  providers: [ClientAccessPolicy, ClientsService, ClientsResolver],
  exports: [ClientAccessPolicy, ClientsService],
})
export class ClientsModule {}
