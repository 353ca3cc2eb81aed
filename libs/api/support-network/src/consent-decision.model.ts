import { Field, ObjectType } from '@nestjs/graphql';
import { ConsentDecisionReason, type ConsentDecision } from '@carecircle/shared/domain';
import './support-network.enums';

@ObjectType('ConsentDecision', { description: 'Whether a recipient may see a category of a client\'s information today, and why.' })
export class ConsentDecisionModel {
  @Field()
  allowed!: boolean;

  @Field(() => ConsentDecisionReason)
  reason!: ConsentDecisionReason;

  static from(decision: ConsentDecision): ConsentDecisionModel {
    return Object.assign(new ConsentDecisionModel(), { allowed: decision.allowed, reason: decision.reason });
  }
}
