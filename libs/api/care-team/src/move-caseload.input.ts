import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsUUID, ValidateNested } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';

/** The most clients one move may carry: a whole caseload, with room to spare. */
export const MAX_CASELOAD_MOVES = 500;

@InputType({ description: 'One client of the caseload and the colleague who takes them over.' })
export class CaseloadMoveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'toStaffId must be a staff member id' })
  toStaffId!: string;
}

@InputType({ description: 'Hands some or all clients of one person’s caseload to others, all on one day, all or none.' })
export class MoveCaseloadInput {
  @Field(() => ID, { description: 'A counselor or peer support worker on your team (active or deactivated), or you.' })
  @IsUUID('all', { message: 'fromStaffId must be a staff member id' })
  fromStaffId!: string;

  @Field({ description: 'YYYY-MM-DD: the first day the new people are responsible.' })
  @IsIsoDate()
  effectiveOn!: string;

  @Field(() => [CaseloadMoveInput])
  @ArrayMinSize(1, { message: 'moves must name at least one client' })
  @ArrayMaxSize(MAX_CASELOAD_MOVES, { message: `moves can carry at most ${MAX_CASELOAD_MOVES} clients at once` })
  @ValidateNested({ each: true })
  @Type(() => CaseloadMoveInput)
  moves!: CaseloadMoveInput[];
}
