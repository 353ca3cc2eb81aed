import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { StaffRole } from '@carecircle/shared/domain';
import { Trimmed } from '@carecircle/api/platform';
import '@carecircle/api/auth';

/** More programs than any organization runs; bounds the list an input may carry. */
const MAX_PROGRAMS = 100;

// The checks each field gets wherever it appears, worded once.
const IsStaffId = () => IsUUID('all', { message: 'staffId must be a staff member id (a UUID)' });
const IsRole = () => IsEnum(StaffRole, { message: `role must be one of ${Object.values(StaffRole).join(', ')}` });
const IsSupervisorId = () => applyDecorators(IsOptional(), IsUUID('all', { message: 'supervisorId must be a staff member id (a UUID)' }));
const IsProgramIds = () =>
  applyDecorators(
    IsArray({ message: 'programIds must be a list of program ids' }),
    ArrayMaxSize(MAX_PROGRAMS, { message: `programIds can name at most ${MAX_PROGRAMS} programs` }),
    IsUUID('all', { each: true, message: 'each of programIds must be a program id (a UUID)' }),
  );

@InputType({ description: 'A new colleague: they get a one-time link to set their password.' })
export class InviteStaffMemberInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(200, { message: 'displayName can hold at most 200 characters' })
  displayName!: string;

  @Field()
  @Trimmed()
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(254, { message: 'email can hold at most 254 characters' })
  email!: string;

  @Field(() => StaffRole)
  @IsRole()
  role!: StaffRole;

  @Field(() => ID, { nullable: true, description: 'An active clinical supervisor of the organization; none for an administrator.' })
  @IsSupervisorId()
  supervisorId?: string | null;

  @Field(() => [ID], { description: 'The programs they work in; counselors and peer workers need at least one.' })
  @IsProgramIds()
  programIds!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether their signed notes wait for co-signature. Defaults to yes for a counselor joining a program whose counselors' notes need it.",
  })
  @IsOptional()
  @IsBoolean()
  requiresCosignature?: boolean | null;
}

@InputType({ description: "A staff member's role, team, programs and co-signature, as they should be from now on." })
export class UpdateStaffMemberInput {
  @Field(() => ID)
  @IsStaffId()
  staffId!: string;

  @Field(() => StaffRole)
  @IsRole()
  role!: StaffRole;

  @Field(() => ID, { nullable: true, description: 'An active clinical supervisor of the organization, or null for none.' })
  @IsSupervisorId()
  supervisorId!: string | null;

  @Field(() => [ID])
  @IsProgramIds()
  programIds!: string[];

  @Field()
  @IsBoolean()
  requiresCosignature!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The privacy-officer permission: sees who viewed any client record and every accounting of disclosures. Left out: unchanged.',
  })
  @IsOptional()
  @IsBoolean()
  isPrivacyOfficer?: boolean | null;
}

@ArgsType()
export class StaffIdArgs {
  @Field(() => ID)
  @IsStaffId()
  staffId!: string;
}

@ArgsType()
export class AccountSetupTokenArgs {
  @Field({ description: 'The token from the link `/account-setup/<token>`.' })
  @IsString()
  @MaxLength(200, { message: 'token is too long to be a setup link' })
  token!: string;
}

@InputType({ description: "Sets a password through a one-time link (an invitation or a reset), and signs the person in." })
export class CompleteAccountSetupInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'token is too long to be a setup link' })
  token!: string;

  /** Checked against the password policy by the service, so the browser and the API word it the same. */
  @Field()
  @IsString()
  password!: string;
}
