import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';
import { CLIENT_NAME_MAX_LENGTH } from '@carecircle/shared/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ArgsType()
export class PossibleDuplicateClientsArgs {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(CLIENT_NAME_MAX_LENGTH)
  firstName!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(CLIENT_NAME_MAX_LENGTH)
  lastName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  dateOfBirth!: string;
}
