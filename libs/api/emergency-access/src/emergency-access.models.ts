import { Field, ID, ObjectType } from '@nestjs/graphql';

/** One emergency opening of a record, as §2.51 documents it. */
@ObjectType('EmergencyAccess')
export class EmergencyAccessModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field({ description: "The client's name, for the list of recent emergency accesses." })
  clientName!: string;

  @Field(() => ID)
  staffId!: string;

  @Field({ description: 'Who opened the record (who made the disclosure).' })
  staffName!: string;

  @Field({ description: 'The nature of the emergency, as given.' })
  natureOfEmergency!: string;

  @Field(() => String, { nullable: true, description: 'The medical personnel who received the information, when given.' })
  recipientName!: string | null;

  @Field(() => String, { nullable: true })
  recipientAffiliation!: string | null;

  @Field(() => Date)
  grantedAt!: Date;

  @Field(() => Date, { description: 'The access ends then.' })
  expiresAt!: Date;
}

/** What an emergency look-up shows: enough to pick the person, nothing of their record. */
@ObjectType('EmergencyClientMatch')
export class EmergencyClientMatchModel {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field({ description: 'Restricted to its care team (opened by anyone else only in an emergency).' })
  restricted!: boolean;
}
