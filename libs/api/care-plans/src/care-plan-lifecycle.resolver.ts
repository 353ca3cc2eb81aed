import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { CarePlanModel } from './care-plan.model';
import { CarePlanVersionArgs, ClientCarePlanArgs, ReturnCarePlanArgs, SignOffCarePlanArgs } from './care-plan.args';
import { CarePlanLifecycleService } from './care-plan-lifecycle.service';
import { CarePlansService } from './care-plans.service';
import { SaveCarePlanDraftInput } from './save-care-plan-draft.input';
import type { CarePlanEntity } from './care-plan.entity';

const EDITORS = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR];

/** Writing care plans: each mutation is one audited transaction in CarePlanLifecycleService. */
@Resolver(() => CarePlanModel)
export class CarePlanLifecycleResolver {
  constructor(
    private readonly lifecycle: CarePlanLifecycleService,
    private readonly plans: CarePlansService,
  ) {}

  @AllowRoles(...EDITORS)
  @Mutation(() => CarePlanModel, { description: 'Starts a new draft, copied from the active plan when there is one.' })
  async startCarePlanDraft(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() { clientId }: ClientCarePlanArgs): Promise<CarePlanModel> {
    return this.present(me, await this.lifecycle.startDraft({ me, requestId }, clientId));
  }

  @AllowRoles(...EDITORS)
  @Mutation(() => CarePlanModel, { description: "Saves a draft's whole problem → goal → objective → intervention tree." })
  async saveCarePlanDraft(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args('input') input: SaveCarePlanDraftInput): Promise<CarePlanModel> {
    return this.present(me, await this.lifecycle.saveDraft({ me, requestId }, input));
  }

  @AllowRoles(...EDITORS)
  @Mutation(() => CarePlanModel, { description: 'Sends a complete draft to the supervisor for sign-off.' })
  async submitCarePlanForReview(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: CarePlanVersionArgs): Promise<CarePlanModel> {
    return this.present(me, await this.lifecycle.submitForReview({ me, requestId }, args.planId, args.expectedVersion));
  }

  @AllowRoles(StaffRole.SUPERVISOR)
  @Mutation(() => CarePlanModel, { description: 'Signs a plan waiting for review: it becomes the active plan and the previous one is superseded.' })
  async signOffCarePlan(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: SignOffCarePlanArgs): Promise<CarePlanModel> {
    return this.present(me, await this.lifecycle.signOff({ me, requestId }, args.planId, args.expectedVersion, args.comment ?? null));
  }

  @AllowRoles(StaffRole.SUPERVISOR)
  @Mutation(() => CarePlanModel, { description: 'Sends a plan waiting for review back to draft, saying what to change.' })
  async returnCarePlanForChanges(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: ReturnCarePlanArgs): Promise<CarePlanModel> {
    return this.present(me, await this.lifecycle.returnForChanges({ me, requestId }, args.planId, args.expectedVersion, args.comment));
  }

  private present(me: StaffPrincipal, plan: CarePlanEntity): Promise<CarePlanModel> {
    return this.plans.presentOne(me, plan);
  }
}
