import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DiagnosisModel } from './diagnosis.model';

@ObjectType('IntegratedCareGap', {
  description:
    "A dual-diagnosed client whose active care plan has no intervention, under a problem naming it, for an active mental-health diagnosis.",
})
export class IntegratedCareGapModel {
  @Field(() => [DiagnosisModel], { description: 'The active mental-health diagnoses no intervention of the active plan addresses.' })
  unaddressedDiagnoses!: DiagnosisModel[];

  @Field({ description: 'False when the client has no signed, active care plan yet.' })
  hasActivePlan!: boolean;

  @Field(() => ID, { nullable: true, description: 'The active plan the gap is in; null when there is none.' })
  activeCarePlanId!: string | null;

  @Field({ description: 'One line for the notice, naming the diagnoses.' })
  summary!: string;
}
