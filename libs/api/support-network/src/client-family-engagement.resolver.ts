import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock, requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { ClientModel } from '@carecircle/api/clients';
import { FamilyEngagementEventModel } from './family-engagement-event.model';
import { FamilyEngagementSummaryModel } from './family-engagement-summary.model';
import { EVENT_ENTITY_TYPE, FamilyEngagementService } from './family-engagement.service';
import { SUPPORT_NETWORK_EDITORS, assertCounselorOrSupervisor } from './support-network-roles';

/** Adds family engagement to Client, for the counselor and supervisor (peer workers: FORBIDDEN). */
@Resolver(() => ClientModel)
export class ClientFamilyEngagementResolver {
  constructor(
    private readonly familyEngagement: FamilyEngagementService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @ResolveField(() => [FamilyEngagementEventModel], {
    nullable: true,
    description: 'Every family engagement event, newest first. For a peer support worker it is null with a FORBIDDEN error.',
  })
  async familyEngagementEvents(
    @Parent() client: ClientModel,
    @Context() ctx: GraphQLRequestContext,
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
  ): Promise<FamilyEngagementEventModel[]> {
    assertCounselorOrSupervisor(me, 'Family engagement records');
    const loader = requestLoader(ctx.req, 'familyEngagement.events', async (clientIds: readonly string[]) => {
      const groups = await this.familyEngagement.eventsForClients(clientIds);
      await this.audit.record({ actor: me, requestId, action: 'READ', entityType: EVENT_ENTITY_TYPE, entityIds: groups.flat().map((e) => e.id) });
      return groups;
    });
    return (await loader.load(client.id)).map((e) => FamilyEngagementEventModel.from(e));
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @ResolveField(() => FamilyEngagementSummaryModel, {
    nullable: true,
    description: 'Events in the last 30 and 90 days (today included) and the latest date. For a peer support worker it is null with a FORBIDDEN error.',
  })
  async familyEngagementSummary(
    @Parent() client: ClientModel,
    @Context() ctx: GraphQLRequestContext,
    @CurrentStaff() me: StaffPrincipal,
  ): Promise<FamilyEngagementSummaryModel> {
    assertCounselorOrSupervisor(me, 'Family engagement records');
    const today = this.clock.today();
    const loader = requestLoader(ctx.req, 'familyEngagement.summary', (clientIds: readonly string[]) => this.familyEngagement.summaries(clientIds, today));
    return loader.load(client.id);
  }
}
