import { Field, ObjectType } from '@nestjs/graphql';
import { StaffMemberModel } from '@carecircle/api/auth';
import { CareTeamRole } from './care-team-role';
import type { CareTeamAssignmentEntity } from './care-team-assignment.entity';

@ObjectType('CareTeamMember')
export class CareTeamMemberModel {
  @Field(() => CareTeamRole)
  role!: CareTeamRole;

  @Field(() => StaffMemberModel)
  staff!: StaffMemberModel;

  @Field({ description: 'YYYY-MM-DD' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, exclusive' })
  endedOn!: string | null;

  static from(entity: CareTeamAssignmentEntity): CareTeamMemberModel {
    if (!entity.staffUser) throw new Error('CareTeamMemberModel.from needs the assignment loaded with its staff user');
    return Object.assign(new CareTeamMemberModel(), {
      role: entity.role,
      staff: StaffMemberModel.from(entity.staffUser),
      startedOn: entity.startedOn,
      endedOn: entity.endedOn,
    });
  }
}
