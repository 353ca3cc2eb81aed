import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeasureInstrument } from '@carecircle/shared/domain';
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

@ObjectType('MeasureAdministration', { description: 'One administration of a standardized measure, scored by the server.' })
export class MeasureAdministrationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => MeasureInstrument)
  instrument!: MeasureInstrument;

  @Field()
  instrumentVersion!: string;

  @Field({ description: 'YYYY-MM-DD' })
  administeredOn!: string;

  @Field(() => [Int], { description: 'As answered (BAM day-count items in days).' })
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

  @Field(() => [String], { description: 'Clinical concerns the answers raise, e.g. PHQ-9 item 9 above 0.' })
  alerts!: string[];

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
      alerts: entity.alerts,
      administeredBy: StaffMemberModel.from(entity.administeredBy),
      recordedAt: entity.createdAt,
    });
  }
}
