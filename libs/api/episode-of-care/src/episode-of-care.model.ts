import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ClientStatus, DischargeReason, LevelOfCare, daysInTreatment, type IsoDate } from '@carecircle/shared/domain';
import { StaffMemberModel, type StaffUserEntity } from '@carecircle/api/auth';
import { ProgramModel, type ProgramEntity } from '@carecircle/api/organizations';
import type { EpisodeOfCareEntity } from './episode-of-care.entity';
import { LevelOfCareChangeModel, type LevelOfCareChangeWithStaff } from './level-of-care-change.model';

/** An episode loaded with its program, its counselor at discharge and its level-of-care steps. */
export type EpisodeOfCareWithDetails = EpisodeOfCareEntity & {
  program?: ProgramEntity;
  counselorAtDischarge?: StaffUserEntity | null;
};

@ObjectType('EpisodeOfCare', { description: 'One admission-to-discharge stay in a program; a client may have several, numbered from 1.' })
export class EpisodeOfCareModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 for the first admission, 2 for the first readmission…' })
  sequence!: number;

  @Field(() => ProgramModel)
  program!: ProgramModel;

  @Field({ description: 'YYYY-MM-DD' })
  admissionDate!: string;

  @Field(() => LevelOfCare, { description: 'The current level of care, or the level at discharge.' })
  levelOfCare!: LevelOfCare;

  @Field(() => ClientStatus)
  status!: ClientStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dischargeDate!: string | null;

  @Field(() => DischargeReason, { nullable: true })
  dischargeReason!: DischargeReason | null;

  @Field(() => StaffMemberModel, {
    nullable: true,
    description: 'The primary counselor on the discharge date; empty while the episode is open or when nobody was assigned.',
  })
  counselorAtDischarge!: StaffMemberModel | null;

  @Field(() => Int, { description: 'Admission day is day 1; counting stops at discharge.' })
  daysInTreatment!: number;

  @Field(() => [LevelOfCareChangeModel], { description: "This episode's levels of care, the admission level first." })
  levelOfCareHistory!: LevelOfCareChangeModel[];

  static from(entity: EpisodeOfCareWithDetails, history: readonly LevelOfCareChangeWithStaff[], today: IsoDate): EpisodeOfCareModel {
    if (!entity.program) throw new Error('EpisodeOfCareModel.from needs the episode loaded with its program');
    return Object.assign(new EpisodeOfCareModel(), {
      id: entity.id,
      sequence: entity.sequence,
      program: ProgramModel.from(entity.program),
      admissionDate: entity.admissionDate,
      levelOfCare: entity.levelOfCare,
      status: entity.status,
      dischargeDate: entity.dischargeDate,
      dischargeReason: entity.dischargeReason,
      counselorAtDischarge: entity.counselorAtDischarge ? StaffMemberModel.from(entity.counselorAtDischarge) : null,
      daysInTreatment: daysInTreatment(entity.admissionDate, entity.dischargeDate, today),
      levelOfCareHistory: history.map((change) => LevelOfCareChangeModel.from(change)),
    });
  }
}
