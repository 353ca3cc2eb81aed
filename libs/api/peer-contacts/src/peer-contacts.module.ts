import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@carecircle/api/clients';
import { PeerContactEntity } from './peer-contact.entity';
import { PeerContactsService } from './peer-contacts.service';
import { peerContactResolvers } from './peer-contacts-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([PeerContactEntity]), ClientsModule],
  providers: [PeerContactsService, ...peerContactResolvers],
  exports: [PeerContactsService],
})
export class PeerContactsModule {}
