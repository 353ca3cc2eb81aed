import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class DiagnosisCatalogArgs {
  @Field(() => String, { nullable: true, description: 'Start of a code (f41) or words of a description (anxiety).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}
