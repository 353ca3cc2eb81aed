import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { INACTIVITY_SIGN_OUT_MINUTES, MAX_PASSWORD_LENGTH } from '@carecircle/shared/domain';
import { Trimmed } from '@carecircle/api/platform';

/** Longest organization and person name accepted; longer is a paste gone wrong. */
export const MAX_NAME_LENGTH = 200;

@ObjectType('SetupStatus', { description: 'Whether this installation still needs its first-run setup.' })
export class SetupStatusModel {
  @Field({ description: 'True only while the database holds no organization: the setup page is open.' })
  needsSetup!: boolean;
}

@ObjectType('OrganizationSettings', { description: "The signed-in administrator's organization." })
export class OrganizationSettingsModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'IANA time zone (e.g. America/Chicago): where check-in days, charts and "today" start.' })
  timeZone!: string;

  @Field(() => Int, { description: 'Sign out after inactivity: minutes without activity that end a session (5–60).' })
  inactivitySignOutMinutes!: number;

  @Field({ description: 'Two-factor sign-in for everyone; administrators and supervisors always use it.' })
  requireTwoFactorForEveryone!: boolean;
}

@InputType({ description: 'The first-run setup: the organization and its first administrator.' })
export class SetUpOrganizationInput {
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'organizationName must not be empty' })
  @MaxLength(MAX_NAME_LENGTH, { message: `organizationName must be at most ${MAX_NAME_LENGTH} characters` })
  organizationName!: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago or UTC.' })
  @Trimmed()
  @IsString()
  timeZone!: string;

  @Field({ description: "The administrator's name as colleagues will see it." })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'adminName must not be empty' })
  @MaxLength(MAX_NAME_LENGTH, { message: `adminName must be at most ${MAX_NAME_LENGTH} characters` })
  adminName!: string;

  @Field()
  @Trimmed()
  @IsEmail({}, { message: 'adminEmail must be an email address, like name@example.org' })
  @MaxLength(254)
  adminEmail!: string;

  /** Checked against the password policy by the service, which names each problem; this only bounds the request. */
  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH * 5)
  password!: string;
}

@InputType()
export class UpdateOrganizationSettingsInput {
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(MAX_NAME_LENGTH, { message: `name must be at most ${MAX_NAME_LENGTH} characters` })
  name!: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago or UTC.' })
  @Trimmed()
  @IsString()
  timeZone!: string;

  @Field(() => Int, { nullable: true, description: 'Sign out after inactivity, in minutes (5–60); unchanged when absent.' })
  @IsOptional()
  @IsInt({ message: 'inactivitySignOutMinutes must be a whole number of minutes' })
  @Min(INACTIVITY_SIGN_OUT_MINUTES.min, { message: `inactivitySignOutMinutes must be at least ${INACTIVITY_SIGN_OUT_MINUTES.min}` })
  @Max(INACTIVITY_SIGN_OUT_MINUTES.max, { message: `inactivitySignOutMinutes must be at most ${INACTIVITY_SIGN_OUT_MINUTES.max}` })
  inactivitySignOutMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Require two-factor sign-in for everyone; unchanged when absent.' })
  @IsOptional()
  @IsBoolean()
  requireTwoFactorForEveryone?: boolean | null;
}
