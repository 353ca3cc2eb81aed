import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientAccessPolicy } from './client-access.policy';
import { ClientEntity } from './client.entity';
import { clientResolvers } from './clients.resolvers';
import { ClientsService } from './clients.service';

/** The client record: its entity, the one access policy and the scoped client query. */
@Module({
  imports: [TypeOrmModule.forFeature([ClientEntity])],
  providers: [ClientAccessPolicy, ClientsService, ...clientResolvers],
  exports: [ClientAccessPolicy, ClientsService],
})
export class ClientsModule {}
