import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { ConsentModel } from './consent.model';
import { ConsentDecisionModel } from './consent-decision.model';
import { RecordConsentInput } from './record-consent.input';
import { ConsentVersionArgs } from './consent-version.args';
import { ConsentDecisionArgs } from './consent-decision.args';
import { ConsentRecordsService } from './consent-records.service';
import { SUPPORT_NETWORK_EDITORS } from './support-network-roles';

@Resolver(() => ConsentModel)
export class ConsentsResolver {
  constructor(
    private readonly consents: ConsentRecordsService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Transaction()
  @Mutation(() => ConsentModel, { description: 'Records a signed 42 CFR Part 2 consent as written.' })
  async recordConsent(@WriteCtx() ctx: WriteContext, @Args('input') input: RecordConsentInput): Promise<ConsentModel> {
    return ConsentModel.from(await this.consents.record(ctx, input), this.clock.today(), this.clock.now());
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Transaction()
  @Mutation(() => ConsentModel, { description: 'Revokes a consent, dated revokedOn (default today), in force from now on. Final: revoking again is refused with CONFLICT.' })
  async revokeConsent(@WriteCtx() ctx: WriteContext, @Args() args: ConsentVersionArgs): Promise<ConsentModel> {
    return ConsentModel.from(await this.consents.revoke(ctx, args), this.clock.today(), this.clock.now());
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Query(() => ConsentDecisionModel, {
    description: 'May this recipient see this category of the client\'s record today, under the consents on file? Audited as a read.',
  })
  async consentDecision(@Ctx() ctx: RequestContext, @Args() args: ConsentDecisionArgs): Promise<ConsentDecisionModel> {
    return ConsentDecisionModel.from(await this.consents.decide(ctx, args));
  }
}
