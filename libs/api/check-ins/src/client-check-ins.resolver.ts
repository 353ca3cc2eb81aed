import { ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, CheckInSchedule } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, fieldContext, type GraphQLRequest } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { CheckInsService, type ClientCheckInSummary } from './check-ins.service';
import './check-in-enums';

/**
 * Adds the check-in schedule and the last check-in to Client. Both fields share one loader, so a
 * page of clients costs one query.
 */
@Resolver(() => ClientModel)
export class ClientCheckInsResolver {
  constructor(private readonly checkIns: CheckInsService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => Date, { nullable: true, description: 'When the most recent check-in happened.' })
  lastCheckInAt(client: ClientModel, _args: unknown, graphql: GraphQLRequest): Date | null | Promise<Date | null> {
    const prefetched = client.prefetched?.lastCheckInAt;
    if (prefetched !== undefined) return prefetched;
    return this.load(client, fieldContext(graphql)).then((summary) => summary.lastCheckInAt);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => CheckInSchedule, { description: 'How often the client is expected to check in.' })
  checkInSchedule(client: ClientModel, _args: unknown, graphql: GraphQLRequest): CheckInSchedule | Promise<CheckInSchedule> {
    const prefetched = client.prefetched?.checkInSchedule;
    if (prefetched !== undefined) return prefetched;
    return this.load(client, fieldContext(graphql)).then((summary) => summary.schedule);
  }

  private load(client: ClientModel, ctx: RequestContext): Promise<ClientCheckInSummary> {
    return clientLoader(ctx, 'checkIns.summary', (ids) => this.checkIns.summaries(ctx, ids)).load(client.id);
  }
}
