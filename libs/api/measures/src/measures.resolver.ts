import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { GraphQLRequestContext, StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AdministerMeasureInput } from './administer-measure.input';
import { MeasureAdministrationModel } from './measure-administration.model';
import { MeasureHistoryArgs } from './measure-history.args';
import { MeasuresService } from './measures.service';

@Resolver(() => MeasureAdministrationModel)
export class MeasuresResolver {
  constructor(private readonly service: MeasuresService) {}

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Mutation(() => MeasureAdministrationModel, {
    description: "Records a measure the client's counselor or supervisor administered; the server scores it from the answers.",
  })
  async administerMeasure(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('input') input: AdministerMeasureInput,
  ): Promise<MeasureAdministrationModel> {
    return MeasureAdministrationModel.from(await this.service.administer({ me, requestId }, input));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [MeasureAdministrationModel], {
    description:
      "A client's administrations, oldest first, for trend charts. Peer support workers only under the client's consent naming the peer support team for measures.",
  })
  async measureHistory(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() args: MeasureHistoryArgs,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<MeasureAdministrationModel[]> {
    return (await this.service.history({ me, requestId }, args, ctx.req)).map((m) => MeasureAdministrationModel.from(m));
  }
}
