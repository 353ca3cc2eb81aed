import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { ConsentEntity } from './consent.entity';
import { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberEntity } from './support-network-member.entity';
import { supportNetworkResolvers } from './support-network-resolvers';
import { ConsentService } from './consent.service';

@Module({
  imports: [TypeOrmModule.forFeature([SupportNetworkMemberEntity, FamilyEngagementEventEntity, ConsentEntity]), AuditModule, ClientsModule],
  providers: [ConsentService, ...supportNetworkResolvers],
  exports: [ConsentService],
})
export class SupportNetworkModule {}
