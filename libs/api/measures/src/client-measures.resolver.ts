import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, ConsentScope } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import { MeasureAdministrationModel } from './measure-administration.model';
import { MeasuresService } from './measures.service';

/** Adds `latestMeasures` to Client, under the disclosure rule for measures; a page costs one query. */
@Resolver(() => ClientModel)
export class ClientMeasuresResolver {
  constructor(
    private readonly service: MeasuresService,
    private readonly disclosure: DisclosurePolicy,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [MeasureAdministrationModel], {
    nullable: true,
    description:
      'The latest administration of each instrument. For a peer support worker it is null with a FORBIDDEN error unless ' +
      'the client consented to share measures with the peer support team.',
  })
  async latestMeasures(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<MeasureAdministrationModel[]> {
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.MEASURES);
    const loader = clientLoader(ctx, 'measures.latest', (ids) => this.service.latestForClients(ctx, ids));
    return (await loader.load(client.id)).map((m) => MeasureAdministrationModel.from(m));
  }
}
