import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Modality, ObjectiveStatus } from './care-plan-enums';
import type { CarePlanGoal, CarePlanIntervention, CarePlanObjective } from '@carecircle/shared/domain';
import type { CarePlanProblemView } from './care-plan-visibility';

@ObjectType('CarePlanIntervention', { description: 'What staff will do, how often, by whom, in which modality.' })
export class CarePlanInterventionModel {
  @Field(() => ID, { description: 'Stable across plan versions.' })
  id!: string;

  @Field()
  description!: string;

  @Field({ description: 'How often, e.g. "weekly, 50 minutes".' })
  frequency!: string;

  @Field(() => ID, { nullable: true })
  responsibleStaffId!: string | null;

  @Field(() => Modality)
  modality!: Modality;

  static from(i: CarePlanIntervention): CarePlanInterventionModel {
    return Object.assign(new CarePlanInterventionModel(), {
      id: i.id,
      description: i.description,
      frequency: i.frequency,
      responsibleStaffId: i.responsibleStaffId,
      modality: i.modality,
    });
  }
}

@ObjectType('CarePlanObjective', { description: 'A measurable step toward a goal.' })
export class CarePlanObjectiveModel {
  @Field(() => ID, { description: 'Stable across plan versions.' })
  id!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  targetDate!: string | null;

  @Field(() => ObjectiveStatus)
  status!: ObjectiveStatus;

  @Field(() => [CarePlanInterventionModel])
  interventions!: CarePlanInterventionModel[];

  static from(o: CarePlanObjective): CarePlanObjectiveModel {
    return Object.assign(new CarePlanObjectiveModel(), {
      id: o.id,
      description: o.description,
      targetDate: o.targetDate,
      status: o.status,
      interventions: o.interventions.map((i) => CarePlanInterventionModel.from(i)),
    });
  }
}

@ObjectType('CarePlanGoal')
export class CarePlanGoalModel {
  @Field(() => ID, { description: 'Stable across plan versions.' })
  id!: string;

  @Field()
  description!: string;

  @Field(() => [CarePlanObjectiveModel])
  objectives!: CarePlanObjectiveModel[];

  static from(g: CarePlanGoal): CarePlanGoalModel {
    return Object.assign(new CarePlanGoalModel(), {
      id: g.id,
      description: g.description,
      objectives: g.objectives.map((o) => CarePlanObjectiveModel.from(o)),
    });
  }
}

@ObjectType('CarePlanProblem')
export class CarePlanProblemModel {
  @Field(() => ID, { description: 'Stable across plan versions.' })
  id!: string;

  @Field(() => String, { nullable: true, description: "In the client's own words; null when hidden from a peer support worker." })
  clientStatement!: string | null;

  @Field(() => String, { nullable: true, description: "The clinician's formulation; null when hidden from a peer support worker." })
  clinicalDescription!: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "ICD-10-CM codes of the client's diagnoses this problem addresses; null when hidden from a peer support worker.",
  })
  addressesDiagnosisCodes!: string[] | null;

  @Field(() => [CarePlanGoalModel])
  goals!: CarePlanGoalModel[];

  static from(p: CarePlanProblemView): CarePlanProblemModel {
    return Object.assign(new CarePlanProblemModel(), {
      id: p.id,
      clientStatement: p.clientStatement,
      clinicalDescription: p.clinicalDescription,
      addressesDiagnosisCodes: p.addressesDiagnosisCodes,
      goals: p.goals.map((g) => CarePlanGoalModel.from(g)),
    });
  }
}
