import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { FamilyEngagementEventModel } from './family-engagement-event.model';
import { FamilyEngagementSummaryModel } from './family-engagement-summary.model';
import { FamilyEngagementService } from './family-engagement.service';
import { SUPPORT_NETWORK_EDITORS, assertCounselorOrSupervisor } from './support-network-roles';

/** Adds family engagement to Client, for the counselor and supervisor (peer workers: FORBIDDEN). */
@Resolver(() => ClientModel)
export class ClientFamilyEngagementResolver {
  constructor(
    private readonly familyEngagement: FamilyEngagementService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @ResolveField(() => [FamilyEngagementEventModel], {
    nullable: true,
    description: 'Every family engagement event, newest first. For a peer support worker it is null with a FORBIDDEN error.',
  })
  async familyEngagementEvents(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<FamilyEngagementEventModel[]> {
    assertCounselorOrSupervisor(ctx, 'Family engagement records', client.id);
    const loader = clientLoader(ctx, 'familyEngagement.events', (ids) => this.familyEngagement.eventsForClients(ctx, ids));
    return (await loader.load(client.id)).map((e) => FamilyEngagementEventModel.from(e));
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @ResolveField(() => FamilyEngagementSummaryModel, {
    nullable: true,
    description: 'Events in the last 30 and 90 days (today included) and the latest date. For a peer support worker it is null with a FORBIDDEN error.',
  })
  async familyEngagementSummary(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<FamilyEngagementSummaryModel> {
    assertCounselorOrSupervisor(ctx, 'Family engagement records', client.id);
    const today = this.clock.today();
    const loader = clientLoader(ctx, 'familyEngagement.summary', (ids) => this.familyEngagement.summaries(ctx, ids, today));
    return loader.load(client.id);
  }
}
