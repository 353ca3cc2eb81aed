import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@carecircle/api/clients';
import { ConsentEntity } from './consent.entity';
import { DisclosureEntity } from './disclosure.entity';
import { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberEntity } from './support-network-member.entity';
import { supportNetworkResolvers } from './support-network-resolvers';
import { ConsentService } from './consent.service';
import { ConsentRecordsService } from './consent-records.service';
import { DisclosurePolicy } from './disclosure.policy';
import { FamilyEngagementService } from './family-engagement.service';
import { SupportNetworkService } from './support-network.service';
import { CircleOfSupportService } from './circle-of-support.service';

@Module({
  imports: [TypeOrmModule.forFeature([SupportNetworkMemberEntity, FamilyEngagementEventEntity, ConsentEntity, DisclosureEntity]), ClientsModule],
  providers: [
    ConsentService,
    ConsentRecordsService,
    DisclosurePolicy,
    FamilyEngagementService,
    SupportNetworkService,
    CircleOfSupportService,
    ...supportNetworkResolvers,
  ],
  exports: [DisclosurePolicy],
})
export class SupportNetworkModule {}
