import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

  @Field({ description: 'Holds the privacy-officer permission: who viewed any client record, every accounting of disclosures.' })
  isPrivacyOfficer!: boolean;
}

@ObjectType('AuthSession', {
  description: 'A signed-in session. The API also sets it as an httpOnly cookie, which the web app uses; `token` is for API clients.',
})
export class AuthSessionModel {
  @Field({ description: 'Bearer token for the Authorization header (API clients; the browser uses the session cookie).' })
  token!: string;

  @Field({ description: 'When the session ends unless renewed by activity (renewSession), or at the latest 12 hours after sign-in.' })
  expiresAt!: Date;

  @Field(() => Int, { description: "The organization's automatic sign-out: minutes without activity that end the session." })
  inactivitySignOutMinutes!: number;

  @Field(() => MeModel)
  me!: MeModel;
}
