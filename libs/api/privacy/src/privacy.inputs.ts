import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AuditAction, AuditOutcome } from '@carecircle/shared/domain';
import { IsIsoDate, PageArgs } from '@carecircle/api/platform';

@InputType({ description: 'Narrows a client access log; every part is optional. Days are the organization’s.' })
export class ClientAccessLogFilter {
  @Field(() => String, { nullable: true, description: 'From this day on (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to and including this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this staff member.' })
  @IsOptional()
  @IsUUID('all', { message: 'staffId must be a staff member id (a UUID)' })
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action (READ, CREATE, UPDATE, …).' })
  @IsOptional()
  @IsEnum(AuditAction, { message: `action must be one of ${Object.values(AuditAction).join(', ')}` })
  action?: AuditAction | null;

  @Field(() => AuditOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(AuditOutcome, { message: 'outcome must be ALLOWED or DENIED' })
  outcome?: AuditOutcome | null;
}

@ArgsType()
export class ClientAccessLogArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => ClientAccessLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientAccessLogFilter)
  filter?: ClientAccessLogFilter | null;
}

@ArgsType()
export class DisclosureAccountingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'First day to cover (YYYY-MM-DD); three years ago by default (42 CFR 2.24).' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;
}

@ArgsType()
export class PrivacyClientSearchArgs {
  @Field({ description: 'Part of a first or last name.' })
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100)
  name!: string;
}
