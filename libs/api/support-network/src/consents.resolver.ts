import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { ConsentModel } from './consent.model';
import { ConsentDecisionModel } from './consent-decision.model';
import { RecordConsentInput } from './record-consent.input';
import { ConsentVersionArgs } from './consent-version.args';
import { ConsentDecisionArgs } from './consent-decision.args';
import { CONSENT_ENTITY_TYPE, ConsentRecordsService } from './consent-records.service';
import { SUPPORT_NETWORK_EDITORS } from './support-network-roles';

@Resolver(() => ConsentModel)
export class ConsentsResolver {
  constructor(
    private readonly consents: ConsentRecordsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Mutation(() => ConsentModel, { description: 'Records a signed 42 CFR Part 2 consent as written.' })
  async recordConsent(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('input') input: RecordConsentInput,
  ): Promise<ConsentModel> {
    return ConsentModel.from(await this.consents.record(me, requestId, input), this.clock.today(), this.clock.now());
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Mutation(() => ConsentModel, { description: 'Revokes a consent from now on. Final: a revoked consent cannot be revoked again or restored.' })
  async revokeConsent(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: ConsentVersionArgs): Promise<ConsentModel> {
    return ConsentModel.from(await this.consents.revoke(me, requestId, args), this.clock.today(), this.clock.now());
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Query(() => ConsentDecisionModel, {
    description: 'May this recipient see this category of the client\'s record today, under the consents on file? Audited as a read.',
  })
  async consentDecision(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: ConsentDecisionArgs): Promise<ConsentDecisionModel> {
    const decision = await this.consents.decide(me, args);
    await this.audit.record({ actor: me, requestId, action: 'READ', entityType: CONSENT_ENTITY_TYPE, entityIds: [args.clientId] });
    return ConsentDecisionModel.from(decision);
  }
}
