import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { Clock, PageArgs, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, ClientPageModel } from '@carecircle/api/clients';
import { CaseloadService } from './caseload.service';
import { ClientFilterInput } from './client-filter.input';

@Resolver(() => ClientModel)
export class CaseloadResolver {
  constructor(
    private readonly caseload: CaseloadService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => ClientPageModel, { description: 'Clients the caller may see: caseload, assignments or team.' })
  async clients(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ClientFilterInput, nullable: true }) filter?: ClientFilterInput,
  ): Promise<ClientPageModel> {
    const { items, total } = await this.caseload.list(ctx, filter ?? {}, page);
    const today = this.clock.today();
    return { items: items.map((c) => ClientModel.from(c, today)), total, offset: page.offset, limit: page.limit };
  }
}
