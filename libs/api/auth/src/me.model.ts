import { Field, ID, ObjectType } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';

@ObjectType('Me', { description: 'The signed-in staff member.' })
export class MeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field()
  organizationName!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field({ description: "The organization's IANA time zone: its days (check-ins, charts, today) start at midnight there." })
  organizationTimeZone!: string;
}

@ObjectType('AuthSession')
export class AuthSessionModel {
  @Field({ description: 'Bearer token for the Authorization header.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => MeModel)
  me!: MeModel;
}
