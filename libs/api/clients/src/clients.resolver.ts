import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel } from './client.model';
import { ClientIdArgs } from './client-id.args';
import { ClientsService } from './clients.service';

/** One client's record; the access policy scopes it and records the disclosure. */
@Resolver(() => ClientModel)
export class ClientsResolver {
  constructor(
    private readonly clientsService: ClientsService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => ClientModel)
  async client(@Ctx() ctx: RequestContext, @Args() { id }: ClientIdArgs): Promise<ClientModel> {
    return ClientModel.from(await this.clientsService.get(ctx, id), this.clock.today());
  }
}
