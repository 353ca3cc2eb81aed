import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsIsoDate, Trimmed } from '@carecircle/api/platform';
import { CLIENT_NAME_MAX_LENGTH } from '@carecircle/shared/domain';


@ArgsType()
export class PossibleDuplicateClientsArgs {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(CLIENT_NAME_MAX_LENGTH)
  firstName!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(CLIENT_NAME_MAX_LENGTH)
  lastName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  dateOfBirth!: string;
}
