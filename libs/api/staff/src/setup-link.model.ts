import { Field, ObjectType } from '@nestjs/graphql';
import { AccountSetupPurpose } from './account-setup-purpose';
import { StaffAccountModel } from './staff-account.model';

/** A one-time link just issued. The path is shown this once: only its hash is stored. */
@ObjectType('SetupLink')
export class SetupLinkModel {
  @Field({ description: 'The path of the link on this CareCircle, `/account-setup/<token>`; prefix it with the site address.' })
  path!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => AccountSetupPurpose)
  purpose!: AccountSetupPurpose;
}

@ObjectType('StaffInvitation', { description: 'A new staff member and the link they set their password with.' })
export class StaffInvitationModel {
  @Field(() => StaffAccountModel)
  staffMember!: StaffAccountModel;

  @Field(() => SetupLinkModel)
  setupLink!: SetupLinkModel;
}

/** What the setup page shows about a link before the password is set. */
@ObjectType('AccountSetupLink')
export class AccountSetupLinkModel {
  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => AccountSetupPurpose)
  purpose!: AccountSetupPurpose;

  @Field()
  expiresAt!: Date;
}
