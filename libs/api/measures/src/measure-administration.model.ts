import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeasureInstrument, needsUrgentSafetyFollowUp } from '@carecircle/shared/domain';
import { StaffMemberModel, type StaffUserEntity } from '@carecircle/api/auth';
import { bandLabel } from './measure-answers';
import type { MeasureAdministrationEntity } from './measure-administration.entity';
import './measure-enums';

/** An administration loaded with the staff member who gave it. */
export type MeasureAdministrationWithStaff = MeasureAdministrationEntity & { administeredBy?: StaffUserEntity };

@ObjectType('MeasureSubscore')
export class MeasureSubscoreModel {
  @Field({ description: 'e.g. use, risk, protective (BAM) or item9 (PHQ-9).' })
  name!: string;

  @Field(() => Int)
  value!: number;
}

@ObjectType('BamSubscores', { description: 'The BAM sub-scores, each 0–4 per item summed; cut-offs: use ≥ 1, risk ≥ 12, protective ≤ 12.' })
export class BamSubscoresModel {
  @Field(() => Int, { description: 'Items 4 + 5 + 6, 0–12; 1 or more is clinically significant.' })
  use!: number;

  @Field(() => Int, { description: 'Items 1, 2, 3, 8, 11, 15, 0–24; 12 or more is a concern.' })
  risk!: number;

  @Field(() => Int, { description: 'Items 9, 10, 12, 13, 14, 16, 0–24; 12 or less is a concern.' })
  protective!: number;
}

@ObjectType('MeasureAdministration', { description: 'One administration of a standardized measure, scored by the server.' })
export class MeasureAdministrationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => MeasureInstrument)
  instrument!: MeasureInstrument;

  @Field({
    description:
      "The published form the answers follow, e.g. PHQ_9 '2001', BAM 'Likert-2010'. BAMs recorded before the item types were corrected " +
      "read 'Legacy item types: …': their 17 answers and sub-scores are kept as recorded.",
  })
  instrumentVersion!: string;

  @Field({ description: 'YYYY-MM-DD' })
  administeredOn!: string;

  @Field(() => [Int], { description: 'As answered, in form order (BAM: items 1–6, 7A–7G, 8–17, day items in days).' })
  answers!: number[];

  @Field(() => [String], { description: 'BAM items 7A–7G: drugs named.' })
  substancesNamed!: string[];

  @Field(() => Int, { nullable: true, description: 'Null for the BAM, which has no total.' })
  total!: number | null;

  @Field(() => String, { nullable: true, description: 'Band code, e.g. MODERATE; null for the BAM.' })
  band!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Moderately severe".' })
  bandLabel!: string | null;

  @Field(() => [MeasureSubscoreModel])
  subscores!: MeasureSubscoreModel[];

  @Field(() => BamSubscoresModel, { nullable: true, description: 'Use, risk and protective sub-scores; null for other instruments.' })
  bamSubscores!: BamSubscoresModel | null;

  @Field(() => [String], { description: 'Clinical concerns the answers raise, e.g. PHQ-9 item 9 above 0.' })
  alerts!: string[];

  @Field({ description: 'PHQ-9 item 9 (thoughts of self-harm) above 0: urgent safety follow-up, whatever the total.' })
  urgentSafetyFollowUp!: boolean;

  @Field(() => StaffMemberModel)
  administeredBy!: StaffMemberModel;

  @Field({ description: 'When it was recorded.' })
  recordedAt!: Date;

  static from(entity: MeasureAdministrationWithStaff): MeasureAdministrationModel {
    if (!entity.administeredBy) throw new Error('MeasureAdministrationModel.from needs the administration loaded with its staff member');
    return Object.assign(new MeasureAdministrationModel(), {
      id: entity.id,
      clientId: entity.clientId,
      instrument: entity.instrument,
      instrumentVersion: entity.instrumentVersion,
      administeredOn: entity.administeredOn,
      answers: entity.answers,
      substancesNamed: entity.substancesNamed,
      total: entity.total,
      band: entity.band,
      bandLabel: bandLabel(entity.instrument, entity.band),
      subscores: Object.entries(entity.subscores).map(([name, value]) => Object.assign(new MeasureSubscoreModel(), { name, value })),
      bamSubscores:
        entity.instrument === MeasureInstrument.BAM
          ? Object.assign(new BamSubscoresModel(), {
              use: entity.subscores['use'] ?? 0,
              risk: entity.subscores['risk'] ?? 0,
              protective: entity.subscores['protective'] ?? 0,
            })
          : null,
      alerts: entity.alerts,
      urgentSafetyFollowUp: needsUrgentSafetyFollowUp(entity.instrument, entity.answers),
      administeredBy: StaffMemberModel.from(entity.administeredBy),
      recordedAt: entity.createdAt,
    });
  }
}
