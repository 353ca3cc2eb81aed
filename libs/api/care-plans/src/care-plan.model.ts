import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CarePlanStatus } from './care-plan-enums';
import type { IsoDate } from '@carecircle/shared/domain';
import type { CarePlanEntity } from './care-plan.entity';
import { CarePlanProblemModel } from './care-plan-content.model';
import type { CarePlanContentView } from './care-plan-visibility';

/**
 * One version of a client's care plan. Staff references (`createdBy`, `signedBy`, …) and `client`
 * are resolved in batches by CarePlanFieldsResolver.
 */
@ObjectType('CarePlan')
export class CarePlanModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => Int, { description: "1, 2, 3…: this version's place in the client's plan history." })
  planVersion!: number;

  @Field(() => CarePlanStatus)
  status!: CarePlanStatus;

  @Field(() => [CarePlanProblemModel])
  problems!: CarePlanProblemModel[];

  @Field({
    description:
      'True when only part of the plan is shown: a peer support worker sees the goals and interventions they carry out, unless the client consented to share the care plan with the peer support team.',
  })
  isPartialView!: boolean;

  @Field(() => ID, { nullable: true, description: 'The active version this draft started from.' })
  basedOnPlanId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  signedAt!: Date | null;

  @Field(() => String, { nullable: true })
  signOffComment!: string | null;

  @Field(() => Date, { nullable: true })
  returnedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the supervisor asked to change when returning the plan.' })
  returnComment!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set at sign-off from the review interval for the level of care.' })
  reviewDueOn!: string | null;

  @Field({ description: 'An active plan past its review-due date.' })
  isOverdue!: boolean;

  @Field(() => Date, { nullable: true, description: 'When a newer version replaced this one.' })
  supersededAt!: Date | null;

  @Field(() => Int, { description: 'Edit version; send it back as expectedVersion with changes.' })
  version!: number;

  createdById!: string;
  updatedById!: string;
  submittedById!: string | null;
  signedById!: string | null;
  returnedById!: string | null;

  static from(entity: CarePlanEntity, view: CarePlanContentView, today: IsoDate): CarePlanModel {
    return Object.assign(new CarePlanModel(), {
      id: entity.id,
      clientId: entity.clientId,
      planVersion: entity.planVersion,
      status: entity.status,
      problems: view.problems.map((p) => CarePlanProblemModel.from(p)),
      isPartialView: view.partial,
      basedOnPlanId: entity.basedOnPlanId,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      submittedAt: entity.submittedAt,
      signedAt: entity.signedAt,
      // Supervisors' comments are clinical text: not part of a peer's partial view.
      signOffComment: view.partial ? null : entity.signOffComment,
      returnedAt: entity.returnedAt,
      returnComment: view.partial ? null : entity.returnComment,
      reviewDueOn: entity.reviewDueOn,
      isOverdue: entity.status === CarePlanStatus.ACTIVE && entity.reviewDueOn !== null && entity.reviewDueOn < today,
      supersededAt: entity.supersededAt,
      version: entity.version,
      createdById: entity.createdById,
      updatedById: entity.updatedById,
      submittedById: entity.submittedById,
      signedById: entity.signedById,
      returnedById: entity.returnedById,
    });
  }
}
