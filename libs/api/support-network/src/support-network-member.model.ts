import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RecoveryStance, SupportRelationship } from '@carecircle/shared/domain';
import type { SupportNetworkMemberEntity } from './support-network-member.entity';
import './support-network.enums';

@ObjectType('SupportNetworkMember', { description: "A person in the client's support network." })
export class SupportNetworkMemberModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => SupportRelationship)
  relationship!: SupportRelationship;

  @Field(() => RecoveryStance)
  stance!: RecoveryStance;

  @Field(() => String, { nullable: true, description: 'Null for peer support workers, who see who is in the network but not how to reach them.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for peer support workers.' })
  email!: string | null;

  @Field()
  involvedInTreatment!: boolean;

  @Field(() => String, { nullable: true, description: 'Null for peer support workers.' })
  note!: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the member was removed from the network; past events keep them as attendees.' })
  removedAt!: Date | null;

  @Field(() => Int, { description: 'Edit version; send it back with changes.' })
  version!: number;

  /** Contact details and notes only for the clinicians; peer workers get name, relationship and stance. */
  static from(entity: SupportNetworkMemberEntity, options: { withContactDetails: boolean }): SupportNetworkMemberModel {
    const show = options.withContactDetails;
    return Object.assign(new SupportNetworkMemberModel(), {
      id: entity.id,
      name: entity.name,
      relationship: entity.relationship,
      stance: entity.stance,
      phone: show ? entity.phone : null,
      email: show ? entity.email : null,
      involvedInTreatment: entity.involvedInTreatment,
      note: show ? entity.note : null,
      removedAt: entity.removedAt,
      version: entity.version,
    });
  }
}
