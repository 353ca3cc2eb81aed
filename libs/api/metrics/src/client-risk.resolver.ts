import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { CLINICAL_ROLES, ClientStatus, RiskSeverity, isRiskSeverityAtLeast, mostSevere, type RiskFlag } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, fieldContext, type GraphQLRequest } from '@carecircle/api/auth';
import { ClientAccessPolicy, ClientModel, clientLoader, type VisibleClientId } from '@carecircle/api/clients';
import { flagsForRole } from './flags-for-role';
import { ClientRiskModel, RiskFlagModel } from './metrics.models';
import { RISK_SEVERITY_STORED_RANK, RiskFlagsService } from './risk-flags.service';

@Resolver(() => ClientModel)
export class ClientRiskResolver {
  constructor(
    private readonly risk: RiskFlagsService,
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [RiskFlagModel], { description: 'Explainable risk flags, most severe first. The parent Client was scoped and audited by its query.' })
  riskFlags(client: ClientModel, _args: unknown, graphql: GraphQLRequest): RiskFlagModel[] | Promise<RiskFlagModel[]> {
    return this.visibleFlags(client, fieldContext(graphql));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => RiskSeverity, { nullable: true, description: 'The most severe flag, or null when none fires.' })
  highestRiskSeverity(client: ClientModel, _args: unknown, graphql: GraphQLRequest): RiskSeverity | null | Promise<RiskSeverity | null> {
    const flags = this.visibleFlags(client, fieldContext(graphql));
    return Array.isArray(flags) ? mostSevere(flags) : flags.then(mostSevere);
  }

  /** Synchronous when the list fetched the flags with the client (prefetched), as most rows of a page are. */
  private visibleFlags(client: ClientModel, ctx: RequestContext): RiskFlagModel[] | Promise<RiskFlagModel[]> {
    const prefetched = client.prefetched?.riskFlags;
    if (prefetched !== undefined) return flagsForRole(prefetched, ctx.role);
    return this.flagsLoader(ctx).load(client.id).then((flags) => flagsForRole(flags, ctx.role));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [ClientRiskModel], { description: 'Clients in care with at least one flag at or above minSeverity, most severe first.' })
  async caseloadRiskFlags(
    @Ctx() ctx: RequestContext,
    @Args('minSeverity', { type: () => RiskSeverity, defaultValue: RiskSeverity.INFO }) minSeverity: RiskSeverity,
  ): Promise<ClientRiskModel[]> {
    await this.risk.refreshStale(ctx);
    // Filtered and ordered in SQL on the stored flags, counting only the flags this caller is shown.
    const rank = this.risk.highestRankSql(ctx, 'client').sql;
    const count = this.risk.visibleFlagCountSql(ctx, 'client').sql;
    const query = this.access
      .visibleClients(ctx)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.status <> :discharged', { discharged: ClientStatus.DISCHARGED })
      .andWhere(`${rank} >= :minRank`, { minRank: RISK_SEVERITY_STORED_RANK[minSeverity] })
      .orderBy(rank, 'DESC')
      .addOrderBy(count, 'DESC')
      .addOrderBy('client.last_name', 'ASC')
      .addOrderBy('client.id', 'ASC');
    const { rows: inCare, ids } = await this.access.rowsAndIdsOf(query);
    const loader = this.flagsLoader(ctx);
    const flags = new Map(await Promise.all(ids.map(async (id) => [id as string, flagsForRole(await loader.load(id), ctx.role)] as const)));
    const flagged = inCare
      .map((client) => ({ client, flags: flags.get(client.id) ?? [] }))
      .filter((row) => row.flags.some((f) => isRiskSeverityAtLeast(f.severity, minSeverity)));
    // Only the clients listed are disclosed (and recorded as read), not every client whose flags were checked.
    const disclosed = this.access.disclose(ctx, flagged.map((row) => row.client));
    const today = this.clock.today();
    return flagged.map((row, i) => ({ client: ClientModel.from(disclosed[i]!, today), flags: row.flags, highestSeverity: mostSevere(row.flags)! }));
  }

  /** Each client's flags (before role filtering) for this request: one read of the stored flags per request. */
  private flagsLoader(ctx: RequestContext): DataLoader<VisibleClientId, RiskFlag[]> {
    return clientLoader(ctx, 'metrics.riskFlags', async (ids) => {
      const flags = await this.risk.flagsFor(ctx, ids);
      return ids.map((id) => flags.get(id) ?? []);
    });
  }
}
