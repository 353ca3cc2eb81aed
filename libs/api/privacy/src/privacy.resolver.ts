import { Args, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientAccessLogModel } from './access-log.models';
import { DisclosureAccountingModel, PrivacyClientModel } from './disclosure-accounting.model';
import { ClientAccessLogArgs, DisclosureAccountingArgs, PrivacyClientSearchArgs } from './privacy.inputs';
import { PrivacyService } from './privacy.service';

/**
 * The privacy reports. Every role reaches the handlers because the privacy-officer permission sits
 * beside the role (any role may hold it); the service decides who may see which client's report.
 */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @AllowRoles(StaffRole.SUPERVISOR, StaffRole.COUNSELOR, StaffRole.PEER_SUPPORT, StaffRole.ADMIN)
  @Query(() => ClientAccessLogModel, {
    description:
      "Who viewed this record: every read, write and refused attempt on a client's data, newest first. Supervisors (clients in their scope) and privacy officers (any client).",
  })
  clientAccessLog(@Ctx() ctx: RequestContext, @Args() args: ClientAccessLogArgs): Promise<ClientAccessLogModel> {
    return this.privacy.accessLog(ctx, args.clientId, args.filter ?? {}, args.offset, args.limit);
  }

  @AllowRoles(StaffRole.SUPERVISOR, StaffRole.COUNSELOR, StaffRole.PEER_SUPPORT, StaffRole.ADMIN)
  @Query(() => DisclosureAccountingModel, {
    description:
      "A client's accounting of disclosures made under their consent (42 CFR 2.24), past three years by default. The client's counselor, supervisors in scope, privacy officers.",
  })
  disclosureAccounting(@Ctx() ctx: RequestContext, @Args() args: DisclosureAccountingArgs): Promise<DisclosureAccountingModel> {
    return this.privacy.disclosureAccounting(ctx, args.clientId, args.from);
  }

  @AllowRoles(StaffRole.SUPERVISOR, StaffRole.COUNSELOR, StaffRole.PEER_SUPPORT, StaffRole.ADMIN)
  @Query(() => [PrivacyClientModel], { description: "Privacy officers: the organization's clients whose name contains this text (25 at most)." })
  privacyClients(@Ctx() ctx: RequestContext, @Args() args: PrivacyClientSearchArgs): Promise<PrivacyClientModel[]> {
    return this.privacy.findClients(ctx, args.name);
  }
}
