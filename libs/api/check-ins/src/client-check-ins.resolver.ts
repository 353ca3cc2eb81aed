import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, CheckInSchedule } from '@carecircle/shared/domain';
import { requestLoader, type GraphQLRequestContext } from '@carecircle/api/platform';
import { AllowRoles } from '@carecircle/api/auth';
import { ClientModel } from '@carecircle/api/clients';
import { CheckInsService, type ClientCheckInSummary } from './check-ins.service';
import './check-in-enums';

/**
 * Adds the check-in schedule and the last check-in to Client. The parent Client was already scoped
 * and audited by its query; both fields share one loader, so a page of clients costs one query.
 */
@Resolver(() => ClientModel)
export class ClientCheckInsResolver {
  constructor(private readonly checkIns: CheckInsService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => Date, { nullable: true, description: 'When the most recent check-in happened.' })
  async lastCheckInAt(@Parent() client: ClientModel, @Context() ctx: GraphQLRequestContext): Promise<Date | null> {
    return (await this.load(client, ctx)).lastCheckInAt;
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => CheckInSchedule, { description: 'How often the client is expected to check in.' })
  async checkInSchedule(@Parent() client: ClientModel, @Context() ctx: GraphQLRequestContext): Promise<CheckInSchedule> {
    return (await this.load(client, ctx)).schedule;
  }

  private load(client: ClientModel, ctx: GraphQLRequestContext): Promise<ClientCheckInSummary> {
    return requestLoader(ctx.req, 'checkIns.summary', (ids: readonly string[]) => this.checkIns.summaries(ids)).load(client.id);
  }
}
