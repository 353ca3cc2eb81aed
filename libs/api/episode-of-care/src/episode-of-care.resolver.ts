import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { Clock, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { AdmitClientInput } from './admit-client.input';
import { ChangeLevelOfCareInput } from './change-level-of-care.input';
import { DischargeClientInput } from './discharge-client.input';
import { EpisodeOfCareModel } from './episode-of-care.model';
import { EpisodeOfCareService } from './episode-of-care.service';
import { PossibleDuplicateClientModel } from './possible-duplicate-client.model';
import { PossibleDuplicateClientsArgs } from './possible-duplicate-clients.args';
import { ReadmitClientInput } from './readmit-client.input';
import { LevelOfCareChangeModel } from './level-of-care-change.model';
import { SetIntegratedTreatmentArgs } from './set-integrated-treatment.args';

const CLINICIANS = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR];

/** The episode of care: admission, level of care, discharge. */
@Resolver(() => ClientModel)
export class EpisodeOfCareResolver {
  constructor(
    private readonly service: EpisodeOfCareService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICIANS)
  @Transaction()
  @Mutation(() => ClientModel, {
    description:
      "Admits a client: creates the record, the admission level of care and the primary counselor's assignment. " +
      'A counselor admits onto their own caseload; a supervisor names a counselor on their team.',
  })
  async admitClient(@WriteCtx() ctx: WriteContext, @Args('input') input: AdmitClientInput): Promise<ClientModel> {
    return ClientModel.from(await this.service.admit(ctx, input), this.clock.today());
  }

  @AllowRoles(...CLINICIANS)
  @Transaction()
  @Mutation(() => ClientModel, { description: 'Moves the client to another level of care, keeping the history.' })
  async changeLevelOfCare(@WriteCtx() ctx: WriteContext, @Args('input') input: ChangeLevelOfCareInput): Promise<ClientModel> {
    return ClientModel.from(await this.service.changeLevelOfCare(ctx, input), this.clock.today());
  }

  @AllowRoles(...CLINICIANS)
  @Transaction()
  @Mutation(() => ClientModel, {
    description:
      'Ends the episode of care with a TEDS reason and ends the current care team the day after the discharge date; ' +
      'the client then leaves the caseload. Returns the discharged client.',
  })
  async dischargeClient(@WriteCtx() ctx: WriteContext, @Args('input') input: DischargeClientInput): Promise<ClientModel> {
    return ClientModel.from(await this.service.discharge(ctx, input), this.clock.today());
  }

  @AllowRoles(...CLINICIANS)
  @Transaction()
  @Mutation(() => ClientModel, {
    description:
      'Starts the next episode of care on a discharged client’s record (offered by possibleDuplicateClients), keeping the earlier ' +
      'episodes readable. A counselor of the organization readmits onto their own caseload; a supervisor names a counselor on ' +
      'their team. CONFLICT while the client is still in treatment.',
  })
  async readmitClient(@WriteCtx() ctx: WriteContext, @Args('input') input: ReadmitClientInput): Promise<ClientModel> {
    return ClientModel.from(await this.service.readmit(ctx, input), this.clock.today());
  }

  @AllowRoles(...CLINICIANS)
  @Query(() => [PossibleDuplicateClientModel], {
    description:
      'Clients of your organization with this date of birth and these names (case and spacing ignored), to open or readmit ' +
      'instead of admitting the same person twice. Each match returned is recorded as read.',
  })
  async possibleDuplicateClients(@Ctx() ctx: RequestContext, @Args() args: PossibleDuplicateClientsArgs): Promise<PossibleDuplicateClientModel[]> {
    return this.service.possibleDuplicates(ctx, args);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [EpisodeOfCareModel], { description: 'Every episode of care on this record, the first admission first.' })
  async episodes(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<EpisodeOfCareModel[]> {
    const loader = clientLoader(ctx, 'episode.episodes', (ids) => this.service.episodesOf(ctx, ids));
    const today = this.clock.today();
    return (await loader.load(client.id)).map(({ episode, history }) => EpisodeOfCareModel.from(episode, history, today));
  }

  @AllowRoles(...CLINICIANS)
  @Transaction()
  @Mutation(() => ClientModel, { description: 'Marks whether the client receives integrated mental-health and substance-use treatment.' })
  async setIntegratedTreatment(@WriteCtx() ctx: WriteContext, @Args() args: SetIntegratedTreatmentArgs): Promise<ClientModel> {
    return ClientModel.from(await this.service.setIntegratedTreatment(ctx, args), this.clock.today());
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [LevelOfCareChangeModel], { description: 'Levels of care in this episode, the admission level first.' })
  async levelOfCareHistory(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<LevelOfCareChangeModel[]> {
    const loader = clientLoader(ctx, 'episode.levelOfCareHistory', (ids) => this.service.levelOfCareHistories(ctx, ids));
    return (await loader.load(client.id)).map((change) => LevelOfCareChangeModel.from(change));
  }
}
