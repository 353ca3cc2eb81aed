import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConsentRecipientKind, ConsentScope } from '@carecircle/shared/domain';

/**
 * One disclosure in a client's accounting (42 CFR 2.24): a kind of information shown to one
 * recipient under one consent on one day. The trail records each request; a day's repeats are one
 * line with their count, as a client asking "who saw my records" reads it.
 */
@ObjectType('DisclosureAccountingEntry')
export class DisclosureAccountingEntryModel {
  @Field({ description: 'The day of the disclosure, in the organization’s time zone (YYYY-MM-DD).' })
  disclosedOn!: string;

  @Field({ description: 'The first disclosure of that day.' })
  firstDisclosedAt!: Date;

  @Field(() => Int, { description: 'How many times it was shown that day.' })
  times!: number;

  @Field(() => ID)
  recipientStaffId!: string;

  @Field({ description: 'Who received it.' })
  recipientName!: string;

  @Field({ description: 'Their role and organization (e.g. "Peer support worker, Riverbend Recovery").' })
  recipientAffiliation!: string;

  @Field(() => ConsentScope, { description: 'What information was disclosed.' })
  information!: ConsentScope;

  @Field({ description: "The consent's purpose." })
  purpose!: string;

  @Field(() => ID)
  consentId!: string;

  @Field(() => ConsentRecipientKind, { description: 'Who the consent names.' })
  consentRecipientKind!: ConsentRecipientKind;

  @Field({ description: 'The consent took effect on (YYYY-MM-DD).' })
  consentEffectiveOn!: string;

  @Field(() => String, { nullable: true })
  consentExpiresOn!: string | null;

  @Field(() => Date, { nullable: true })
  consentRevokedAt!: Date | null;
}

/** A client's accounting of disclosures from a day on (three years back by default), newest first. */
@ObjectType('DisclosureAccounting')
export class DisclosureAccountingModel {
  @Field({ description: 'The first day covered (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'The last day covered: today in the organization (YYYY-MM-DD).' })
  to!: string;

  @Field(() => [DisclosureAccountingEntryModel])
  entries!: DisclosureAccountingEntryModel[];
}

/** A client a privacy officer can open the reports of. Names only: no clinical data. */
@ObjectType('PrivacyClient')
export class PrivacyClientModel {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field()
  dateOfBirth!: string;

  @Field()
  status!: string;
}
