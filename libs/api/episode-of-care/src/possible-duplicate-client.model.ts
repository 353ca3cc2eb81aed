import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ClientStatus } from '@carecircle/shared/domain';

@ObjectType('PossibleDuplicateClient', {
  description: 'A client of the organization with the same date of birth and names as the person being admitted.',
})
export class PossibleDuplicateClientModel {
  @Field(() => ID)
  clientId!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => ClientStatus, { description: "The latest episode's status." })
  status!: ClientStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the end of the latest episode, when it has ended.' })
  lastDischargeDate!: string | null;

  @Field({ description: 'Whether the caller may open the record now (it is on their caseload, their team’s, or they discharged the client).' })
  canOpen!: boolean;

  @Field({ description: 'Whether the caller may start a new episode on this record with readmitClient (discharged, not deceased).' })
  canReadmit!: boolean;

  @Field(() => Int, { description: 'The record’s edit version: send it as expectedVersion to readmitClient.' })
  version!: number;
}
