import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { SortDirection } from '@carecircle/api/platform';

/** The caseload columns the server sorts by (the whole caseload, before paging). */
export enum ClientSortKey {
  NAME = 'NAME',
  PROGRAM = 'PROGRAM',
  LEVEL_OF_CARE = 'LEVEL_OF_CARE',
  DAYS_IN_TREATMENT = 'DAYS_IN_TREATMENT',
  NEXT_MILESTONE = 'NEXT_MILESTONE',
  LAST_CHECK_IN = 'LAST_CHECK_IN',
  RISK = 'RISK',
  STATUS = 'STATUS',
}

registerEnumType(ClientSortKey, {
  name: 'ClientSortKey',
  description: 'LEVEL_OF_CARE sorts by ASAM code; RISK by the highest severity the caller may see; STATUS active, on hold, discharged.',
});

@InputType({ description: 'Missing values sort last whatever the direction; ties fall back to last name, first name.' })
export class ClientSortInput {
  @Field(() => ClientSortKey)
  @IsEnum(ClientSortKey)
  key!: ClientSortKey;

  @Field(() => SortDirection)
  @IsEnum(SortDirection)
  direction!: SortDirection;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Clients with an URGENT flag first (they need someone today), then the key.' })
  @IsOptional()
  @IsBoolean()
  urgentFirst?: boolean | null = true;
}

/**
 * The sort as an args type: a bare nullable input argument would be validated as `{}` when left out
 * (Nest's pipe validates a missing object as an empty one); nested, it is validated only when sent.
 */
@ArgsType()
export class ClientSortArgs {
  @Field(() => ClientSortInput, { nullable: true, description: 'Defaults to last name, first name, urgent clients first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientSortInput)
  sort?: ClientSortInput;
}
