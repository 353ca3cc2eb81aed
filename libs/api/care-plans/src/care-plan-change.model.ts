import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CarePlanChange } from '@carecircle/shared/domain';
import { CarePlanChangeKind, CarePlanItemKind } from './care-plan-enums';

@ObjectType('CarePlanChange', { description: 'One item added, removed or changed between two versions of a plan.' })
export class CarePlanChangeModel {
  @Field(() => CarePlanChangeKind)
  kind!: CarePlanChangeKind;

  @Field(() => CarePlanItemKind)
  itemKind!: CarePlanItemKind;

  @Field(() => ID)
  itemId!: string;

  @Field({ description: "The item's description (a problem's client statement)." })
  label!: string;

  @Field(() => [String], { description: 'For CHANGED: the fields that differ; "parent" when the item moved.' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'For CHANGED: the label in the earlier version, when it differs.' })
  previousLabel!: string | null;

  static from(change: CarePlanChange): CarePlanChangeModel {
    return Object.assign(new CarePlanChangeModel(), { ...change, fields: [...change.fields] });
  }
}
