import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLINICAL_ROLES, ClientStatus, RiskFlagCode, RiskSeverity, StaffRole, mostSevere, type RiskFlag } from '@carecircle/shared/domain';
import { Clock, requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { ClientAccessPolicy, ClientModel } from '@carecircle/api/clients';
import { ClientRiskModel, RiskFlagModel } from './metrics.models';
import { RiskFlagsService } from './risk-flags.service';

const SEVERITY_RANK: Record<RiskSeverity, number> = { [RiskSeverity.URGENT]: 0, [RiskSeverity.WARNING]: 1, [RiskSeverity.INFO]: 2 };

/**
 * Peer workers see that a client needs attention without the clinical detail behind it: the
 * self-harm flag keeps its urgency but not the PHQ-9 answer, and plan-review flags are not theirs.
 */
export function flagsForRole(flags: readonly RiskFlag[], role: StaffRole): RiskFlag[] {
  if (role !== StaffRole.PEER_SUPPORT) return [...flags];
  return flags
    .filter((f) => f.code !== RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE)
    .map((f) => (f.code === RiskFlagCode.SELF_HARM_RISK ? { ...f, reason: "Urgent safety concern: talk with the client's counselor today" } : f));
}

@Resolver(() => ClientModel)
export class ClientRiskResolver {
  constructor(
    private readonly risk: RiskFlagsService,
    private readonly access: ClientAccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [RiskFlagModel], { description: 'Explainable risk flags, most severe first. The parent Client was scoped and audited by its query.' })
  async riskFlags(@Parent() client: ClientModel, @Context() ctx: GraphQLRequestContext): Promise<RiskFlagModel[]> {
    const loader = requestLoader(ctx.req, 'metrics.riskFlags', async (ids: readonly string[]) => {
      const flags = await this.risk.flagsFor(ids);
      return ids.map((id) => flags.get(id) ?? []);
    });
    return flagsForRole(await loader.load(client.id), ctx.req.principal!.role);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => RiskSeverity, { nullable: true, description: 'The most severe flag, or null when none fires.' })
  async highestRiskSeverity(@Parent() client: ClientModel, @Context() ctx: GraphQLRequestContext): Promise<RiskSeverity | null> {
    return mostSevere(await this.riskFlags(client, ctx));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [ClientRiskModel], { description: 'Clients in care with at least one flag at or above minSeverity, most severe first.' })
  async caseloadRiskFlags(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('minSeverity', { type: () => RiskSeverity, defaultValue: RiskSeverity.INFO }) minSeverity: RiskSeverity,
  ): Promise<ClientRiskModel[]> {
    const clients = await this.access
      .visibleClients(me, this.dataSource.manager)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.status <> :discharged', { discharged: ClientStatus.DISCHARGED })
      .getMany();
    const flags = await this.risk.flagsFor(clients.map((c) => c.id));
    const today = this.clock.today();
    const rows = clients
      .map((client) => ({ client, flags: flagsForRole(flags.get(client.id) ?? [], me.role) }))
      .filter((row) => row.flags.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[minSeverity]))
      .map((row) => ({ client: ClientModel.from(row.client, today), flags: row.flags, highestSeverity: mostSevere(row.flags)! }))
      .sort(
        (a, b) =>
          SEVERITY_RANK[a.highestSeverity] - SEVERITY_RANK[b.highestSeverity] ||
          b.flags.length - a.flags.length ||
          a.client.lastName.localeCompare(b.client.lastName),
      );
    await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'Client', entityIds: rows.map((r) => r.client.id) });
    return rows;
  }
}
