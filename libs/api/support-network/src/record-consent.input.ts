import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CONSENT_LIMITS, ConsentRecipientKind, ConsentScope } from '@carecircle/shared/domain';
import { IsOptionalIsoDateOnOrAfter } from './date.validators';
import { IsRecipientFor } from './consent-recipient.validator';
import './support-network.enums';
import { IsIsoDate } from '@carecircle/api/platform';

@InputType({ description: 'A signed consent as written: who may receive what, why, from when and until when.' })
export class RecordConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => ConsentRecipientKind)
  @IsEnum(ConsentRecipientKind, { message: 'recipientKind must be SUPPORT_NETWORK_MEMBER, ORGANIZATION or PEER_SUPPORT_TEAM' })
  recipientKind!: ConsentRecipientKind;

  @Field(() => ID, { nullable: true, description: "Required for SUPPORT_NETWORK_MEMBER: one of this client's members." })
  @IsRecipientFor(ConsentRecipientKind.SUPPORT_NETWORK_MEMBER)
  recipientMemberId?: string | null;

  @Field(() => String, { nullable: true, description: "Required for ORGANIZATION: the organization's name as the consent gives it." })
  @IsRecipientFor(ConsentRecipientKind.ORGANIZATION)
  recipientOrganization?: string | null;

  @Field(() => [ConsentScope], { description: 'The categories of information covered; at least one, none repeated.' })
  @IsArray()
  @ArrayNotEmpty({ message: 'scopes must name at least one category of information' })
  @ArrayMaxSize(Object.keys(ConsentScope).length)
  @ArrayUnique({ message: 'scopes must not repeat a category' })
  @IsEnum(ConsentScope, { each: true, message: 'each of scopes must be a consent scope' })
  scopes!: ConsentScope[];

  @Field({ description: 'The purpose of the disclosure, as the consent states it.' })
  @IsString()
  @Matches(/\S/, { message: 'purpose is required: the purpose of the disclosure as the consent states it' })
  @MaxLength(CONSENT_LIMITS.purpose, { message: `purpose must be at most ${CONSENT_LIMITS.purpose} characters` })
  purpose!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What information may be disclosed, in the consent\'s own words, when the scope categories do not say it all.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CONSENT_LIMITS.informationDescription, {
    message: `informationDescription must be at most ${CONSENT_LIMITS.informationDescription} characters`,
  })
  informationDescription?: string | null;

  @Field({ description: 'YYYY-MM-DD, the day the client signed it; today or earlier.' })
  @IsIsoDate()
  signedOn!: string;

  @Field({ description: 'YYYY-MM-DD, the first day it holds; on or after signedOn.' })
  @IsIsoDate()
  @IsOptionalIsoDateOnOrAfter('signedOn', { message: 'effectiveOn must be on or after signedOn: a consent cannot hold before it is signed' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day it holds; leave out (with expiryEvent) for "until revoked".' })
  @IsOptionalIsoDateOnOrAfter('effectiveOn', { message: 'expiresOn must be a date written YYYY-MM-DD, on or after effectiveOn' })
  expiresOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The event that ends it, as the consent names it (e.g. "end of treatment"); with expiresOn too, whichever comes first.',
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'expiryEvent must not be blank; leave it out when the consent names no event' })
  @MaxLength(CONSENT_LIMITS.expiryEvent, { message: `expiryEvent must be at most ${CONSENT_LIMITS.expiryEvent} characters` })
  expiryEvent?: string | null;
}
