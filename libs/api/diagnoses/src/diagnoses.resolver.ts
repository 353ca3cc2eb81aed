import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { WriteContext } from '@carecircle/api/platform';
import { AllowRoles, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { DiagnosesService } from './diagnoses.service';
import { DiagnosisCatalogArgs } from './diagnosis-catalog.args';
import { DiagnosisCatalogEntryModel } from './diagnosis-catalog-entry.model';
import { DiagnosisModel } from './diagnosis.model';
import { RecordDiagnosisInput } from './record-diagnosis.input';
import { UpdateDiagnosisInput } from './update-diagnosis.input';

const CLINICIANS = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR];

@Resolver(() => DiagnosisModel)
export class DiagnosesResolver {
  constructor(private readonly diagnoses: DiagnosesService) {}

  @AllowRoles(...CLINICIANS)
  @Query(() => [DiagnosisCatalogEntryModel], { description: 'Common ICD-10-CM codes for pickers, searched by code prefix or description words.' })
  diagnosisCatalog(@Args() { search }: DiagnosisCatalogArgs): DiagnosisCatalogEntryModel[] {
    return this.diagnoses.catalog(search).map((entry) => DiagnosisCatalogEntryModel.from(entry));
  }

  @AllowRoles(...CLINICIANS)
  @Transaction()
  @Mutation(() => DiagnosisModel, { description: "Records a diagnosis on the client's record (their counselor or supervisor)." })
  async recordDiagnosis(@WriteCtx() ctx: WriteContext, @Args('input') input: RecordDiagnosisInput): Promise<DiagnosisModel> {
    return DiagnosisModel.from(await this.diagnoses.record(ctx, input));
  }

  @AllowRoles(...CLINICIANS)
  @Transaction()
  @Mutation(() => DiagnosisModel, { description: 'Changes the status, description or onset date; a stale expectedVersion is a CONFLICT.' })
  async updateDiagnosis(@WriteCtx() ctx: WriteContext, @Args('input') input: UpdateDiagnosisInput): Promise<DiagnosisModel> {
    return DiagnosisModel.from(await this.diagnoses.update(ctx, input));
  }
}
