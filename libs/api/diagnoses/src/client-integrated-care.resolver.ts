import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientStatus, ConsentScope, StaffRole, integratedCareGap, integratedCareGapSummary, isActiveMentalHealth, normalizeIcd10Code } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { CarePlansService, type VisiblePlan } from '@carecircle/api/care-plans';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import { DiagnosesService } from './diagnoses.service';
import { DiagnosisModel } from './diagnosis.model';
import { IntegratedCareGapModel } from './integrated-care-gap.model';

/**
 * Client.integratedCareGap: dual diagnosis drives the plan. A planning notice for the clinicians
 * who write and sign plans, so counselors and supervisors only. A page costs two queries whatever
 * its size: the diagnoses loader it shares with Client.diagnoses, and one for the active plans.
 */
@Resolver(() => ClientModel)
export class ClientIntegratedCareResolver {
  constructor(
    private readonly diagnosesService: DiagnosesService,
    private readonly plans: CarePlansService,
    private readonly disclosure: DisclosurePolicy,
  ) {}

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @ResolveField(() => IntegratedCareGapModel, {
    nullable: true,
    description:
      'Null unless the client is dual-diagnosed, not discharged, and an active mental-health diagnosis has no intervention in the active care plan under a problem that names it (addressesDiagnosisCodes).',
  })
  async integratedCareGap(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<IntegratedCareGapModel | null> {
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.DIAGNOSES);
    // A discharged client's plan ended with the episode: there is nothing to revise until a readmission.
    if (client.status === ClientStatus.DISCHARGED) return null;
    const diagnosesLoader = clientLoader(ctx, 'diagnoses.byClient', (ids) => this.diagnosesService.forClients(ctx, ids));
    const plansLoader = clientLoader(ctx, 'carePlans.activeEntityByClient', (ids) => this.plans.activeForClients(ctx, ids));
    const diagnoses = await diagnosesLoader.load(client.id);
    const plan: VisiblePlan | null = await plansLoader.load(client.id);
    const gap = integratedCareGap(diagnoses, plan?.content ?? null);
    if (!gap) return null;
    const byCode = new Map(diagnoses.filter(isActiveMentalHealth).map((d) => [normalizeIcd10Code(d.icd10Code), d]));
    const unaddressed = gap.unaddressedMentalHealthCodes.map((code) => byCode.get(code)).filter((d) => d !== undefined);
    return Object.assign(new IntegratedCareGapModel(), {
      unaddressedDiagnoses: unaddressed.map((d) => DiagnosisModel.from(d)),
      hasActivePlan: gap.hasActivePlan,
      activeCarePlanId: plan?.id ?? null,
      summary: integratedCareGapSummary(gap, (code) => byCode.get(code)?.description),
    });
  }
}
