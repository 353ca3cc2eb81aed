import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DiagnosisCategory, DiagnosisStatus, diagnosisCategory, isRemissionCode } from '@carecircle/shared/domain';
import { StaffMemberModel } from '@carecircle/api/auth';
import type { DiagnosisEntity } from './diagnosis.entity';

registerEnumType(DiagnosisStatus, {
  name: 'DiagnosisStatus',
  description: 'Only ACTIVE diagnoses count towards a dual diagnosis, and not even those whose code itself says "in remission" (F10.21).',
});
registerEnumType(DiagnosisCategory, { name: 'DiagnosisCategory', description: 'F10–F19 substance use; any other F code mental health.' });

@ObjectType('Diagnosis')
export class DiagnosisModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ICD-10-CM code, upper case, e.g. F10.20.' })
  icd10Code!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  onsetDate!: string | null;

  @Field(() => DiagnosisStatus)
  status!: DiagnosisStatus;

  @Field(() => DiagnosisCategory, { description: 'Derived from the code.' })
  category!: DiagnosisCategory;

  @Field({ description: 'The code itself says "in remission" (F10.21, F32.5…), so it counts as in remission whatever its status.' })
  inRemissionByCode!: boolean;

  @Field(() => StaffMemberModel)
  recordedBy!: StaffMemberModel;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Edit version; send it back with changes.' })
  version!: number;

  static from(entity: DiagnosisEntity): DiagnosisModel {
    if (!entity.recordedBy) throw new Error('DiagnosisModel.from needs the diagnosis loaded with recordedBy');
    return Object.assign(new DiagnosisModel(), {
      id: entity.id,
      icd10Code: entity.icd10Code,
      description: entity.description,
      onsetDate: entity.onsetDate,
      status: entity.status,
      category: diagnosisCategory(entity.icd10Code),
      inRemissionByCode: isRemissionCode(entity.icd10Code),
      recordedBy: StaffMemberModel.from(entity.recordedBy),
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
    });
  }
}
