import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { ConsentEntity } from './consent.entity';
import { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberEntity } from './support-network-member.entity';
import { supportNetworkResolvers } from './support-network-resolvers';
import { ConsentService } from './consent.service';
import { ConsentRecordsService } from './consent-records.service';
import { FamilyEngagementService } from './family-engagement.service';
import { SupportNetworkService } from './support-network.service';

@Module({
  imports: [TypeOrmModule.forFeature([SupportNetworkMemberEntity, FamilyEngagementEventEntity, ConsentEntity]), AuditModule, ClientsModule],
  providers: [ConsentService, ConsentRecordsService, FamilyEngagementService, SupportNetworkService, ...supportNetworkResolvers],
  exports: [ConsentService],
})
export class SupportNetworkModule {}
