import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';
import { CareTeamRole } from './care-team-role';

@InputType({ description: "Puts a counselor or peer support worker on a client's care team from a day, ending whoever held that part." })
export class AssignCareTeamMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId!: string;

  @Field(() => CareTeamRole)
  @IsEnum(CareTeamRole, { message: 'role must be COUNSELOR or PEER_SUPPORT' })
  role!: CareTeamRole;

  @Field(() => ID, { description: 'The counselor (you, or a counselor on your team) or a peer support worker of the client’s program.' })
  @IsUUID('all', { message: 'staffUserId must be a staff member id' })
  staffUserId!: string;

  @Field({ description: 'YYYY-MM-DD: the first day the new person is responsible (and the previous one no longer is).' })
  @IsIsoDate()
  effectiveOn!: string;
}
