import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, ConsentScope, isDualDiagnosis } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, fieldContext, type GraphQLRequest } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import { DiagnosesService } from './diagnoses.service';
import type { DiagnosisEntity } from './diagnosis.entity';
import { DiagnosisModel } from './diagnosis.model';
import { dualDiagnosisBasis } from './dual-diagnosis-basis';

const PEER_NOTE =
  ' For a peer support worker it is null with a FORBIDDEN error unless the client consented to share diagnoses with the peer support team.';

/**
 * Adds diagnoses and the derived dual-diagnosis flag to Client, under the disclosure rule for
 * diagnoses. All three share one loader over the page's client ids, so a page costs one query.
 */
@Resolver(() => ClientModel)
export class ClientDiagnosesResolver {
  constructor(
    private readonly diagnosesService: DiagnosesService,
    private readonly disclosure: DisclosurePolicy,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [DiagnosisModel], { nullable: true, description: `Active first.${PEER_NOTE}` })
  async diagnoses(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<DiagnosisModel[]> {
    return (await this.load(client, ctx)).map((d) => DiagnosisModel.from(d));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => Boolean, {
    nullable: true,
    description: `Co-occurring disorders: an active substance-use diagnosis other than nicotine (F17) and an active mental-health diagnosis. Derived, never stored.${PEER_NOTE}`,
  })
  dualDiagnosis(client: ClientModel, _args: unknown, graphql: GraphQLRequest): boolean | Promise<boolean> {
    const ctx = fieldContext(graphql);
    const prefetched = client.prefetched?.dualDiagnosis;
    // Fetched in SQL with the client (dualDiagnosisSql, the twin of isDualDiagnosis); the consent rule
    // still applies: clinicians need none (answered at once), others are checked.
    if (prefetched !== undefined && this.disclosure.needsNoConsent(ctx)) return prefetched;
    return this.dualDiagnosisUnderConsent(client, ctx, prefetched);
  }

  private async dualDiagnosisUnderConsent(client: ClientModel, ctx: RequestContext, prefetched: boolean | undefined): Promise<boolean> {
    if (prefetched === undefined) return isDualDiagnosis(await this.load(client, ctx));
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.DIAGNOSES);
    return prefetched;
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [String], { nullable: true, description: `The active codes that make dualDiagnosis true; empty when it is false.${PEER_NOTE}` })
  async dualDiagnosisBasis(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<string[]> {
    return dualDiagnosisBasis(await this.load(client, ctx));
  }

  private async load(client: ClientModel, ctx: RequestContext): Promise<DiagnosisEntity[]> {
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.DIAGNOSES);
    const loader = clientLoader(ctx, 'diagnoses.byClient', (ids) => this.diagnosesService.forClients(ctx, ids));
    return loader.load(client.id);
  }
}
