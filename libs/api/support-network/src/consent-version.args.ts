import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';

@ArgsType()
export class ConsentVersionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'consentId must be a consent id (a UUID)' })
  consentId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD, the date of the client's revocation: today or earlier, on or after the signing. Leave out for today.",
  })
  @IsOptional()
  @IsIsoDate()
  revokedOn?: string | null;
}
