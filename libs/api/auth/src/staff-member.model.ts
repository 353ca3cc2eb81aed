import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { StaffUserEntity } from './staff-user.entity';

registerEnumType(StaffRole, { name: 'StaffRole' });

/** A colleague as other staff see them: no credentials, no contact details beyond work email. */
@ObjectType('StaffMember')
export class StaffMemberModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field()
  email!: string;

  static from(entity: StaffUserEntity): StaffMemberModel {
    return Object.assign(new StaffMemberModel(), {
      id: entity.id,
      displayName: entity.displayName,
      role: entity.role,
      email: entity.email,
    });
  }
}
