import { Field, ObjectType } from '@nestjs/graphql';
import { ClientModel } from '@carecircle/api/clients';
import { MilestoneModel } from './milestone.model';

@ObjectType('MilestoneReached', { description: 'A client reaching a recovery milestone, to celebrate.' })
export class MilestoneReachedModel {
  @Field(() => ClientModel)
  client!: ClientModel;

  @Field(() => MilestoneModel)
  milestone!: MilestoneModel;
}
