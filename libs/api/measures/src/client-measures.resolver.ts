import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { ClientModel } from '@carecircle/api/clients';
import { MeasureAdministrationModel } from './measure-administration.model';
import { MeasureDisclosurePolicy } from './measure-disclosure.policy';
import { MeasuresService } from './measures.service';

/** Adds `latestMeasures` to Client. The parent Client was already scoped and audited by its query. */
@Resolver(() => ClientModel)
export class ClientMeasuresResolver {
  constructor(
    private readonly service: MeasuresService,
    private readonly disclosure: MeasureDisclosurePolicy,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [MeasureAdministrationModel], {
    nullable: true,
    description:
      'The latest administration of each instrument. For a peer support worker it is null with a FORBIDDEN error unless ' +
      'the client consented to share measures with the peer support team.',
  })
  async latestMeasures(
    @Parent() client: ClientModel,
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<MeasureAdministrationModel[]> {
    await this.disclosure.assertMaySee(me, client.id, ctx.req);
    const loader = requestLoader(ctx.req, 'measures.latest', (ids: readonly string[]) => this.service.latestForClients({ me, requestId }, ids));
    return (await loader.load(client.id)).map((m) => MeasureAdministrationModel.from(m));
  }
}
