import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LevelOfCare, StaffRole } from '@carecircle/shared/domain';
import { CareTeamRole } from '@carecircle/api/care-team';

@ObjectType('CaseloadPerson', { description: 'A person who holds clients, as the caseload balance names them.' })
export class CaseloadPersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field({ description: 'false once an administrator deactivated them: their clients need reassignment.' })
  active!: boolean;
}

@ObjectType('LevelOfCareCount')
export class LevelOfCareCountModel {
  @Field(() => LevelOfCare)
  levelOfCare!: LevelOfCare;

  @Field(() => Int)
  clients!: number;
}

@ObjectType('CaseloadBalanceRow', { description: "One person's current caseload, split by acuity." })
export class CaseloadBalanceRowModel {
  @Field(() => CaseloadPersonModel)
  staff!: CaseloadPersonModel;

  @Field(() => CareTeamRole, { description: 'The part they hold for these clients: COUNSELOR (counselors and the supervisor) or PEER_SUPPORT.' })
  role!: CareTeamRole;

  @Field(() => Int, { description: 'Clients in care they currently hold this part for.' })
  clients!: number;

  @Field(() => Int, { description: 'Of those, clients with at least one URGENT risk flag.' })
  urgent!: number;

  @Field(() => Int, { description: 'Of those, clients with a WARNING flag and no URGENT one.' })
  warning!: number;

  @Field(() => [LevelOfCareCountModel], { description: 'Clients per level of care, levels with clients only, in ASAM order.' })
  byLevelOfCare!: LevelOfCareCountModel[];

  @Field({
    description:
      'More clients than the others in the same part: above 120% of the average of the active people in that part, and at least two above it.',
  })
  overloaded!: boolean;
}

@ObjectType('ReassignmentNeeded', { description: 'A client whose counselor or peer worker was deactivated.' })
export class ReassignmentNeededModel {
  @Field(() => ID)
  clientId!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => CareTeamRole)
  role!: CareTeamRole;

  @Field(() => CaseloadPersonModel, { description: 'The deactivated person who still holds the part.' })
  staff!: CaseloadPersonModel;
}

@ObjectType('CaseloadBalance')
export class CaseloadBalanceModel {
  @Field(() => [CaseloadBalanceRowModel], { description: 'Counselors first, then peer workers, each by name.' })
  rows!: CaseloadBalanceRowModel[];

  @Field(() => [ReassignmentNeededModel], { description: 'Clients you can see whose current counselor or peer worker is deactivated.' })
  needsReassignment!: ReassignmentNeededModel[];
}
