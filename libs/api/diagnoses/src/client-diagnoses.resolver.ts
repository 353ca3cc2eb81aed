import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, isDualDiagnosis } from '@carecircle/shared/domain';
import { requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { ClientModel } from '@carecircle/api/clients';
import { DiagnosesService } from './diagnoses.service';
import type { DiagnosisEntity } from './diagnosis.entity';
import { DiagnosisDisclosurePolicy } from './diagnosis-disclosure.policy';
import { DiagnosisModel } from './diagnosis.model';
import { dualDiagnosisBasis } from './dual-diagnosis-basis';

const PEER_NOTE =
  ' For a peer support worker it is null with a FORBIDDEN error unless the client consented to share diagnoses with the peer support team.';

/**
 * Adds diagnoses and the derived dual-diagnosis flag to Client. The parent Client was already
 * scoped and audited by its query; these fields add the diagnosis disclosure rule and audit the
 * diagnoses read. All three share one loader, so a page of clients costs one query.
 */
@Resolver(() => ClientModel)
export class ClientDiagnosesResolver {
  constructor(
    private readonly diagnosesService: DiagnosesService,
    private readonly disclosure: DiagnosisDisclosurePolicy,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [DiagnosisModel], { nullable: true, description: `Active first.${PEER_NOTE}` })
  async diagnoses(
    @Parent() client: ClientModel,
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<DiagnosisModel[]> {
    return (await this.load(client, me, requestId, ctx)).map((d) => DiagnosisModel.from(d));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => Boolean, {
    nullable: true,
    description: `Co-occurring disorders: an active substance-use diagnosis other than nicotine (F17) and an active mental-health diagnosis. Derived, never stored.${PEER_NOTE}`,
  })
  async dualDiagnosis(
    @Parent() client: ClientModel,
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<boolean> {
    return isDualDiagnosis(await this.load(client, me, requestId, ctx));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [String], { nullable: true, description: `The active codes that make dualDiagnosis true; empty when it is false.${PEER_NOTE}` })
  async dualDiagnosisBasis(
    @Parent() client: ClientModel,
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<string[]> {
    return dualDiagnosisBasis(await this.load(client, me, requestId, ctx));
  }

  private async load(client: ClientModel, me: StaffPrincipal, requestId: string, ctx: GraphQLRequestContext): Promise<DiagnosisEntity[]> {
    await this.disclosure.assertMaySee(me, client.id, ctx.req);
    const loader = requestLoader(ctx.req, 'diagnoses.byClient', (ids: readonly string[]) => this.diagnosesService.forClients({ me, requestId }, ids));
    return loader.load(client.id);
  }
}
