import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  Modality,
  ObjectiveProgressRating,
  PROGRESS_NOTE_ADDENDUM_MAX_LENGTH,
  PROGRESS_NOTE_SECTIONS,
  PROGRESS_NOTE_SECTION_MAX_LENGTH,
  ProgressNoteFormat,
  SESSION_DURATION_MAX_MINUTES,
  SessionAttendance,
  SessionType,
} from '@carecircle/shared/domain';
import { IsIsoDate, Trimmed } from '@carecircle/api/platform';
import './progress-note-enums';

// The checks each field gets wherever it appears (starting, saving, listing a note), worded once.
const IsNoteFormat = () => IsEnum(ProgressNoteFormat, { message: `format must be one of ${Object.values(ProgressNoteFormat).join(', ')}` });
const IsSessionType = () => IsEnum(SessionType, { message: `sessionType must be one of ${Object.values(SessionType).join(', ')}` });
const IsNoteId = () => IsUUID('all', { message: 'noteId must be a progress note id (a UUID)' });
const IsExpectedVersion = () =>
  applyDecorators(IsInt({ message: 'expectedVersion must be a whole number' }), Min(1, { message: 'expectedVersion must be at least 1' }));

const SECTION_KEYS = [...new Set(Object.values(PROGRESS_NOTE_SECTIONS).flatMap((sections) => sections.map((s) => s.key)))];

@InputType({ description: 'Opens a draft note for a session: the rest is filled in as the author types.' })
export class StartProgressNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => ProgressNoteFormat)
  @IsNoteFormat()
  format!: ProgressNoteFormat;

  @Field(() => SessionType)
  @IsSessionType()
  sessionType!: SessionType;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today.' })
  @IsOptional()
  @IsIsoDate()
  sessionDate?: string | null;
}

@InputType()
export class ProgressNoteSectionInput {
  @Field({ description: 'A section key of the note’s template: data, assessment, plan (DAP); subjective, objective… (SOAP); behavior, intervention, response (BIRP).' })
  @IsIn(SECTION_KEYS, { message: `section key must be one of ${SECTION_KEYS.join(', ')}` })
  key!: string;

  @Field({ description: `Free text, up to ${PROGRESS_NOTE_SECTION_MAX_LENGTH} characters; may be empty in a draft.` })
  @IsString()
  @MaxLength(PROGRESS_NOTE_SECTION_MAX_LENGTH, { message: `a section can hold at most ${PROGRESS_NOTE_SECTION_MAX_LENGTH} characters` })
  text!: string;
}

@InputType({ description: 'A plan objective the session addressed, with the progress the session showed.' })
export class AddressedObjectiveInput {
  @Field(() => ID, { description: "The care plan version the objective was read from: one of the client's own plans." })
  @IsUUID('all', { message: 'carePlanId must be a care plan id (a UUID)' })
  carePlanId!: string;

  @Field({ description: 'The objective’s id in that plan.' })
  @IsString()
  @IsNotEmpty({ message: 'objectiveId must not be empty' })
  @MaxLength(100)
  objectiveId!: string;

  @Field(() => ObjectiveProgressRating)
  @IsEnum(ObjectiveProgressRating, { message: 'progress must be one of NO_PROGRESS, SOME_PROGRESS, MET, REGRESSED' })
  progress!: ObjectiveProgressRating;

  @Field(() => [String], { defaultValue: [], description: "Ids of the objective's interventions the session delivered." })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  interventionIds: string[] = [];
}

@InputType({ description: "The whole draft as its author sees it; each save replaces the last. A signed note refuses it." })
export class SaveProgressNoteDraftInput {
  @Field(() => ID)
  @IsNoteId()
  noteId!: string;

  @Field(() => Int, { description: 'The version you loaded; a newer one means the draft was saved elsewhere (another tab).' })
  @IsExpectedVersion()
  expectedVersion!: number;

  @Field(() => ProgressNoteFormat)
  @IsNoteFormat()
  format!: ProgressNoteFormat;

  @Field(() => SessionType)
  @IsSessionType()
  sessionType!: SessionType;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  sessionDate!: string;

  @Field(() => String, { nullable: true, description: 'HH:MM, 24-hour.' })
  @IsOptional()
  @Trimmed()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be a time like 14:30' })
  startTime?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(1, { message: 'durationMinutes must be at least 1' })
  @Max(SESSION_DURATION_MAX_MINUTES, { message: `durationMinutes must be at most ${SESSION_DURATION_MAX_MINUTES}` })
  durationMinutes?: number | null;

  @Field(() => SessionAttendance)
  @IsEnum(SessionAttendance, { message: 'attendance must be one of ATTENDED, NO_SHOW, CANCELLED_BY_CLIENT, CANCELLED_BY_PROGRAM' })
  attendance!: SessionAttendance;

  @Field(() => Modality, { nullable: true, description: 'The modality the session used.' })
  @IsOptional()
  @IsEnum(Modality, { message: 'modality must be a therapy modality' })
  modality?: Modality | null;

  @Field(() => [ProgressNoteSectionInput])
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => ProgressNoteSectionInput)
  sections!: ProgressNoteSectionInput[];

  @Field(() => [AddressedObjectiveInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AddressedObjectiveInput)
  objectives: AddressedObjectiveInput[] = [];
}

@InputType()
export class AddProgressNoteAddendumInput {
  @Field(() => ID)
  @IsNoteId()
  noteId!: string;

  @Field({ description: `What the addendum adds or corrects, up to ${PROGRESS_NOTE_ADDENDUM_MAX_LENGTH} characters.` })
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'Write the addendum before adding it' })
  @MaxLength(PROGRESS_NOTE_ADDENDUM_MAX_LENGTH, { message: `an addendum can hold at most ${PROGRESS_NOTE_ADDENDUM_MAX_LENGTH} characters` })
  text!: string;
}

@ArgsType()
export class ProgressNoteVersionArgs {
  @Field(() => ID)
  @IsNoteId()
  noteId!: string;

  @Field(() => Int, { description: 'The version you read before acting.' })
  @IsExpectedVersion()
  expectedVersion!: number;
}

@ArgsType()
export class ProgressNoteIdArgs {
  @Field(() => ID)
  @IsNoteId()
  noteId!: string;
}

@ArgsType()
export class ProgressNotesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'Only notes that addressed this plan objective.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectiveId?: string | null;

  @Field(() => ProgressNoteFormat, { nullable: true })
  @IsOptional()
  @IsNoteFormat()
  format?: ProgressNoteFormat | null;

  @Field(() => SessionType, { nullable: true })
  @IsOptional()
  @IsSessionType()
  sessionType?: SessionType | null;
}
