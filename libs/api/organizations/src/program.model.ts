import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LevelOfCare } from '@carecircle/shared/domain';
import type { ProgramEntity } from './program.entity';

registerEnumType(LevelOfCare, { name: 'LevelOfCare', description: 'ASAM Criteria level of care.' });

@ObjectType('Program')
export class ProgramModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => LevelOfCare)
  defaultLevelOfCare!: LevelOfCare;

  static from(entity: ProgramEntity): ProgramModel {
    return Object.assign(new ProgramModel(), {
      id: entity.id,
      name: entity.name,
      defaultLevelOfCare: entity.defaultLevelOfCare,
    });
  }
}
