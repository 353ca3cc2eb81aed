import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { AdministerMeasureInput } from './administer-measure.input';
import { MeasureAdministrationModel } from './measure-administration.model';
import { MeasureHistoryArgs } from './measure-history.args';
import { MeasuresService } from './measures.service';

@Resolver(() => MeasureAdministrationModel)
export class MeasuresResolver {
  constructor(private readonly service: MeasuresService) {}

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => MeasureAdministrationModel, {
    description: "Records a measure the client's counselor or supervisor administered; the server scores it from the answers.",
  })
  async administerMeasure(@WriteCtx() ctx: WriteContext, @Args('input') input: AdministerMeasureInput): Promise<MeasureAdministrationModel> {
    return MeasureAdministrationModel.from(await this.service.administer(ctx, input));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [MeasureAdministrationModel], {
    description:
      "A client's administrations, oldest first, for trend charts. Peer support workers only under the client's consent naming the peer support team for measures.",
  })
  async measureHistory(@Ctx() ctx: RequestContext, @Args() args: MeasureHistoryArgs): Promise<MeasureAdministrationModel[]> {
    return (await this.service.history(ctx, args)).map((m) => MeasureAdministrationModel.from(m));
  }
}
