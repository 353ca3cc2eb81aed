import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CheckInSchedule,
  DEFAULT_REVIEW_INTERVAL_DAYS,
  DEFAULT_RISK_THRESHOLDS,
  LevelOfCare,
  RISK_THRESHOLD_KEYS,
  riskThresholdsInForce,
} from '@carecircle/shared/domain';
import type { ProgramEntity } from './program.entity';

registerEnumType(LevelOfCare, { name: 'LevelOfCare', description: 'ASAM Criteria level of care.' });

@ObjectType('ReviewIntervalOverride', { description: "A level of care whose plan reviews follow this program's own interval." })
export class ReviewIntervalOverrideModel {
  @Field(() => LevelOfCare)
  levelOfCare!: LevelOfCare;

  @Field(() => Int, { description: 'Days between care-plan reviews at this level in this program.' })
  days!: number;

  @Field(() => Int, { description: 'The interval at this level when the program sets none.' })
  defaultDays!: number;
}

@ObjectType('RiskThreshold', { description: "One risk-flag threshold in force for a program: its own setting or DOMAIN.md's default." })
export class RiskThresholdModel {
  @Field({ description: 'The setting: noCheckInDays, highCraving, cravingWindow, cravingHits, useLookbackDays, noPeerContactDays, noShowCount, noShowWindowDays.' })
  key!: string;

  @Field(() => Int, { description: 'The value in force.' })
  value!: number;

  @Field(() => Int)
  defaultValue!: number;

  @Field({ description: 'Whether the program sets a value other than the default.' })
  overridden!: boolean;
}

@ObjectType('Program')
export class ProgramModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => LevelOfCare)
  defaultLevelOfCare!: LevelOfCare;

  @Field(() => CheckInSchedule, { description: 'The check-in schedule a client admitted to this program starts with.' })
  defaultCheckInSchedule!: CheckInSchedule;

  @Field({ description: "Whether counselors new to this program start out needing a supervisor's co-signature on their notes." })
  notesRequireCosignature!: boolean;

  @Field(() => [ReviewIntervalOverrideModel], { description: 'Levels of care whose plan reviews differ from the default interval, in ASAM order.' })
  reviewIntervalOverrides!: ReviewIntervalOverrideModel[];

  @Field(() => [RiskThresholdModel], { description: 'Every risk-flag threshold in force, in the order forms show them.' })
  riskThresholds!: RiskThresholdModel[];

  static from(entity: ProgramEntity): ProgramModel {
    const overrides = entity.reviewIntervalOverrides ?? {};
    const thresholds = riskThresholdsInForce(entity.riskThresholds);
    return Object.assign(new ProgramModel(), {
      id: entity.id,
      name: entity.name,
      defaultLevelOfCare: entity.defaultLevelOfCare,
      defaultCheckInSchedule: entity.defaultCheckInSchedule,
      notesRequireCosignature: entity.notesRequireCosignature,
      reviewIntervalOverrides: Object.values(LevelOfCare)
        .filter((level) => typeof overrides[level] === 'number')
        .map((level) => ({ levelOfCare: level, days: overrides[level]!, defaultDays: DEFAULT_REVIEW_INTERVAL_DAYS[level] })),
      riskThresholds: RISK_THRESHOLD_KEYS.map((key) => ({
        key,
        value: thresholds[key],
        defaultValue: DEFAULT_RISK_THRESHOLDS[key],
        overridden: thresholds[key] !== DEFAULT_RISK_THRESHOLDS[key],
      })),
    });
  }
}
