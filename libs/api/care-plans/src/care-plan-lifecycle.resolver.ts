import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { WriteContext } from '@carecircle/api/platform';
import { AllowRoles, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { CarePlanModel } from './care-plan.model';
import { CarePlanVersionArgs, ClientCarePlanArgs, ReturnCarePlanArgs, SignOffCarePlanArgs } from './care-plan.args';
import { CarePlanLifecycleService } from './care-plan-lifecycle.service';
import { CarePlansService } from './care-plans.service';
import { SaveCarePlanDraftInput } from './save-care-plan-draft.input';

const EDITORS = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR];

/** Writing care plans: each mutation runs in the write path, one transaction with its audit rows. */
@Resolver(() => CarePlanModel)
export class CarePlanLifecycleResolver {
  constructor(
    private readonly lifecycle: CarePlanLifecycleService,
    private readonly plans: CarePlansService,
  ) {}

  @AllowRoles(...EDITORS)
  @Transaction()
  @Mutation(() => CarePlanModel, { description: 'Starts a new draft, copied from the active plan when there is one.' })
  async startCarePlanDraft(@WriteCtx() ctx: WriteContext, @Args() { clientId }: ClientCarePlanArgs): Promise<CarePlanModel> {
    return this.plans.presentOne(ctx, await this.lifecycle.startDraft(ctx, clientId));
  }

  @AllowRoles(...EDITORS)
  @Transaction()
  @Mutation(() => CarePlanModel, { description: "Saves a draft's whole problem → goal → objective → intervention tree." })
  async saveCarePlanDraft(@WriteCtx() ctx: WriteContext, @Args('input') input: SaveCarePlanDraftInput): Promise<CarePlanModel> {
    return this.plans.presentOne(ctx, await this.lifecycle.saveDraft(ctx, input));
  }

  @AllowRoles(...EDITORS)
  @Transaction()
  @Mutation(() => CarePlanModel, { description: 'Sends a complete draft to the supervisor for sign-off.' })
  async submitCarePlanForReview(@WriteCtx() ctx: WriteContext, @Args() args: CarePlanVersionArgs): Promise<CarePlanModel> {
    return this.plans.presentOne(ctx, await this.lifecycle.submitForReview(ctx, args.planId, args.expectedVersion));
  }

  @AllowRoles(StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => CarePlanModel, { description: 'Signs a plan waiting for review: it becomes the active plan and the previous one is superseded.' })
  async signOffCarePlan(@WriteCtx() ctx: WriteContext, @Args() args: SignOffCarePlanArgs): Promise<CarePlanModel> {
    return this.plans.presentOne(ctx, await this.lifecycle.signOff(ctx, args.planId, args.expectedVersion, args.comment ?? null));
  }

  @AllowRoles(StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => CarePlanModel, { description: 'Sends a plan waiting for review back to draft, saying what to change.' })
  async returnCarePlanForChanges(@WriteCtx() ctx: WriteContext, @Args() args: ReturnCarePlanArgs): Promise<CarePlanModel> {
    return this.plans.presentOne(ctx, await this.lifecycle.returnForChanges(ctx, args.planId, args.expectedVersion, args.comment));
  }
}
