import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FamilyEngagementType } from '@carecircle/shared/domain';
import { StaffMemberModel } from '@carecircle/api/auth';
import type { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberModel } from './support-network-member.model';
import './support-network.enums';

@ObjectType('FamilyEngagementEvent', { description: 'A family session, education group, contact or visit, and who attended.' })
export class FamilyEngagementEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => FamilyEngagementType)
  type!: FamilyEngagementType;

  @Field({ description: 'YYYY-MM-DD' })
  occurredOn!: string;

  @Field(() => [SupportNetworkMemberModel], { description: 'Network members who took part, including any removed from the network since.' })
  attendees!: SupportNetworkMemberModel[];

  @Field(() => StaffMemberModel, { description: 'The staff member who logged it.' })
  staff!: StaffMemberModel;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;

  static from(entity: FamilyEngagementEventEntity): FamilyEngagementEventModel {
    if (!entity.staffUser || !entity.attendees) {
      throw new Error('FamilyEngagementEventModel.from needs the event loaded with its staff user and attendees');
    }
    return Object.assign(new FamilyEngagementEventModel(), {
      id: entity.id,
      type: entity.type,
      occurredOn: entity.occurredOn,
      attendees: [...entity.attendees]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((member) => SupportNetworkMemberModel.from(member, { withContactDetails: true })),
      staff: StaffMemberModel.from(entity.staffUser),
      note: entity.note,
      createdAt: entity.createdAt,
    });
  }
}
