import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { Clock, PageArgs, requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { AdmitClientInput } from './admit-client.input';
import { ChangeLevelOfCareInput } from './change-level-of-care.input';
import { ClientModel, ClientPageModel } from './client.model';
import { ClientFilterInput } from './client-filter.input';
import { ClientIdArgs } from './client-id.args';
import { ClientsService } from './clients.service';
import { DischargeClientInput } from './discharge-client.input';
import { EpisodeOfCareService } from './episode-of-care.service';
import { LevelOfCareChangeModel } from './level-of-care-change.model';
import { SetIntegratedTreatmentArgs } from './set-integrated-treatment.args';

const CLINICIANS = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR];

/**
 * Client reads and the episode of care (admission, level of care, discharge). The episode lives
 * here rather than in a resolver of its own because the schema printer lists this class by name.
 */
@Resolver(() => ClientModel)
export class ClientsResolver {
  constructor(
    private readonly clientsService: ClientsService,
    private readonly episodes: EpisodeOfCareService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => ClientPageModel, { description: 'Clients the caller may see: caseload, assignments or team.' })
  async clients(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ClientFilterInput, nullable: true }) filter?: ClientFilterInput,
  ): Promise<ClientPageModel> {
    const { items, total } = await this.clientsService.list(me, filter ?? {}, page);
    await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'Client', entityIds: items.map((c) => c.id) });
    const today = this.clock.today();
    return { items: items.map((c) => ClientModel.from(c, today)), total, offset: page.offset, limit: page.limit };
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => ClientModel)
  async client(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() { id }: ClientIdArgs): Promise<ClientModel> {
    const client = await this.clientsService.get(me, id);
    await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'Client', entityIds: [client.id] });
    return ClientModel.from(client, this.clock.today());
  }

  @AllowRoles(...CLINICIANS)
  @Mutation(() => ClientModel, {
    description:
      "Admits a client: creates the record, the admission level of care and the primary counselor's assignment. " +
      'A counselor admits onto their own caseload; a supervisor names a counselor on their team.',
  })
  async admitClient(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('input') input: AdmitClientInput,
  ): Promise<ClientModel> {
    return ClientModel.from(await this.episodes.admit({ me, requestId }, input), this.clock.today());
  }

  @AllowRoles(...CLINICIANS)
  @Mutation(() => ClientModel, { description: 'Moves the client to another level of care, keeping the history.' })
  async changeLevelOfCare(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('input') input: ChangeLevelOfCareInput,
  ): Promise<ClientModel> {
    return ClientModel.from(await this.episodes.changeLevelOfCare({ me, requestId }, input), this.clock.today());
  }

  @AllowRoles(...CLINICIANS)
  @Mutation(() => ClientModel, {
    description:
      'Ends the episode of care with a TEDS reason and ends the current care team the day after the discharge date; ' +
      'the client then leaves the caseload. Returns the discharged client.',
  })
  async dischargeClient(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('input') input: DischargeClientInput,
  ): Promise<ClientModel> {
    return ClientModel.from(await this.episodes.discharge({ me, requestId }, input), this.clock.today());
  }

  @AllowRoles(...CLINICIANS)
  @Mutation(() => ClientModel, { description: 'Marks whether the client receives integrated mental-health and substance-use treatment.' })
  async setIntegratedTreatment(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() args: SetIntegratedTreatmentArgs,
  ): Promise<ClientModel> {
    return ClientModel.from(await this.episodes.setIntegratedTreatment({ me, requestId }, args), this.clock.today());
  }

  /** The parent Client was already scoped and audited by its query. */
  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [LevelOfCareChangeModel], { description: 'Levels of care in this episode, the admission level first.' })
  async levelOfCareHistory(@Parent() client: ClientModel, @Context() ctx: GraphQLRequestContext): Promise<LevelOfCareChangeModel[]> {
    const loader = requestLoader(ctx.req, 'clients.levelOfCareHistory', (ids: readonly string[]) => this.episodes.levelOfCareHistories(ids));
    return (await loader.load(client.id)).map((change) => LevelOfCareChangeModel.from(change));
  }
}
