import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { AuthSessionModel } from './me.model';

@ObjectType('TwoFactorEnrolment', { description: 'A new two-factor secret, shown only while setting up: scan the QR code or type the key.' })
export class TwoFactorEnrolmentModel {
  @Field({ description: 'The base32 key, for typing into an authenticator app that cannot scan.' })
  secret!: string;

  @Field({ description: 'otpauth:// URI the QR code encodes.' })
  otpauthUri!: string;

  @Field({ description: 'The QR code as a PNG data URL.' })
  qrCodeDataUrl!: string;
}

@ObjectType('TwoFactorConfirmation')
export class TwoFactorConfirmationModel {
  @Field(() => [String], { description: 'Ten single-use recovery codes, shown this once.' })
  recoveryCodes!: string[];

  @Field(() => AuthSessionModel, { description: 'A full session, replacing the setup-only one.' })
  session!: AuthSessionModel;
}

@ObjectType('TwoFactorStatus', { description: "The signed-in person's two-factor sign-in." })
export class TwoFactorStatusModel {
  @Field()
  enabled!: boolean;

  @Field(() => Date, { nullable: true })
  enabledAt!: Date | null;

  @Field({ description: 'True when their role or the organization requires two-factor sign-in.' })
  required!: boolean;

  @Field(() => Int)
  recoveryCodesLeft!: number;
}

@InputType()
export class TwoFactorCodeInput {
  @Field({ description: 'The current 6-digit code from the authenticator app.' })
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'code must be the 6-digit code from your authenticator app' })
  @MaxLength(20)
  code!: string;
}
