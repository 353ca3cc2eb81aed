import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { Clock, PageArgs, selectionUnder, type RequestContext, type Selection } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, ClientPageModel } from '@carecircle/api/clients';
import type { ProgramModel } from '@carecircle/api/organizations';
import { CaseloadService, type CaseloadWants } from './caseload.service';
import { ClientFilterInput } from './client-filter.input';
import { ClientSortArgs } from './client-sort.input';

/** What of a plan the page statement fetches (never its content); asking for more leaves the plan to its own loader. */
const PREFETCHED_PLAN_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'clientId', 'planVersion', 'status', 'reviewDueOn', 'isOverdue']);

function wantsOf(items: Selection): CaseloadWants {
  const plan = items.get('currentCarePlan');
  return {
    lastCheckInAt: items.has('lastCheckInAt'),
    carePlanStatus: items.has('carePlanStatus'),
    currentCarePlan: plan !== undefined && [...plan.keys()].every((field) => PREFETCHED_PLAN_FIELDS.has(field)),
    careTeam: items.has('careTeam'),
    dualDiagnosis: items.has('dualDiagnosis'),
    riskFlags: items.has('riskFlags') || items.has('highestRiskSeverity'),
  };
}

@Resolver(() => ClientModel)
export class CaseloadResolver {
  constructor(
    private readonly caseload: CaseloadService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => ClientPageModel, {
    description: 'Clients the caller may see: caseload, assignments or team. Filtered, sorted and paged across all of them.',
  })
  async clients(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args() sorting: ClientSortArgs,
    @Info() info: GraphQLResolveInfo,
    // Last and optional (`?`), not `ClientFilterInput | undefined`: the union's decorator metadata is
    // Object, and the validation pipe would then skip the filter's rules (admittedFrom: 2026-02-30).
    @Args('filter', { type: () => ClientFilterInput, nullable: true }) filter?: ClientFilterInput,
  ): Promise<ClientPageModel> {
    const { items, total } = await this.caseload.list(ctx, filter ?? {}, page, sorting.sort, wantsOf(selectionUnder(info, ['items'])));
    const today = this.clock.today();
    const programs = new Map<string, ProgramModel>();
    return {
      items: items.map(({ client, prefetched }) => Object.assign(ClientModel.from(client, today, programs), { prefetched })),
      total,
      offset: page.offset,
      limit: page.limit,
    };
  }
}
