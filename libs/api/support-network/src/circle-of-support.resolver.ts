import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditEntityType } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { CircleOfSupportModel } from './circle-of-support.model';
import { CircleOfSupportService } from './circle-of-support.service';
import { SUPPORT_NETWORK_EDITORS, assertCounselorOrSupervisor } from './support-network-roles';

/**
 * Adds `circleOfSupport` to Client, for the counselor and supervisor only. A peer support worker sees
 * who is in the network, but not family engagement (FORBIDDEN to them) nor program-wide figures, and
 * this summary carries both, so it is refused to them as a whole.
 */
@Resolver(() => ClientModel)
export class CircleOfSupportResolver {
  constructor(
    private readonly circles: CircleOfSupportService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @ResolveField(() => CircleOfSupportModel, {
    nullable: true,
    description:
      'Supportive and risk members, family events, peer contacts, check-ins and meetings in the last 30 days, each beside the program median. ' +
      'For a peer support worker it is null with a FORBIDDEN error.',
  })
  async circleOfSupport(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<CircleOfSupportModel> {
    assertCounselorOrSupervisor(ctx, 'Circle of support figures', client.id);
    // The parent Client was scoped and recorded as read by its query; the medians summarize other
    // clients of the program, so the request is also recorded as a metrics read (once per request).
    ctx.recordRead(AuditEntityType.CLIENT, [client.id]);
    ctx.recordRead(AuditEntityType.METRICS, ['circleOfSupport'], AuditAction.READ_METRICS);
    const today = this.clock.today();
    const zone = this.clock.timeZone();
    const loader = clientLoader(ctx, 'circleOfSupport', (ids) => this.circles.circles(ctx, ids, today, zone));
    return loader.load(client.id);
  }
}
