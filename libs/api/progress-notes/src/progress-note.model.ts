import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Modality,
  ObjectiveProgressRating,
  PROGRESS_NOTE_SECTIONS,
  ProgressNoteFormat,
  ProgressNoteStatus,
  SessionAttendance,
  SessionType,
  type IsoDate,
} from '@carecircle/shared/domain';
import { StaffMemberModel, type StaffUserEntity } from '@carecircle/api/auth';
import { ClientModel, type VisibleClient } from '@carecircle/api/clients';
import type { ProgressNoteAddendumEntity, ProgressNoteEntity, ProgressNoteObjectiveEntity } from './progress-note.entity';
import './progress-note-enums';

/** A note loaded with everything the model shows: author, co-signer, objectives, addenda and their authors. */
export type LoadedProgressNote = ProgressNoteEntity & {
  author: StaffUserEntity;
  cosignedBy?: StaffUserEntity | null;
  objectives: ProgressNoteObjectiveEntity[];
  addenda: Array<ProgressNoteAddendumEntity & { author: StaffUserEntity }>;
};

@ObjectType('ProgressNoteSection', { description: "One section of the note's template, in template order." })
export class ProgressNoteSectionModel {
  @Field({ description: 'e.g. data, assessment, plan.' })
  key!: string;

  @Field({ description: 'e.g. Data, Assessment, Plan.' })
  label!: string;

  @Field({ description: 'What the clinician writes in this section.' })
  prompt!: string;

  @Field({ description: 'As written; empty when not yet written.' })
  text!: string;
}

@ObjectType('AddressedIntervention')
export class AddressedInterventionModel {
  @Field()
  id!: string;

  @Field({ description: 'As the plan read when the note was written.' })
  description!: string;
}

@ObjectType('AddressedObjective', { description: 'A plan objective the session addressed, with the progress it showed.' })
export class AddressedObjectiveModel {
  @Field(() => ID)
  carePlanId!: string;

  @Field({ description: "The objective's id, the same in every version of the plan." })
  objectiveId!: string;

  @Field({ description: 'As the plan read when the note was written.' })
  objectiveDescription!: string;

  @Field(() => ObjectiveProgressRating)
  progress!: ObjectiveProgressRating;

  @Field(() => [AddressedInterventionModel])
  interventions!: AddressedInterventionModel[];
}

@ObjectType('ProgressNoteAddendum', { description: 'A dated, signed addition to a signed note.' })
export class ProgressNoteAddendumModel {
  @Field(() => ID)
  id!: string;

  @Field(() => StaffMemberModel)
  author!: StaffMemberModel;

  @Field()
  text!: string;

  @Field()
  signedAt!: Date;
}

@ObjectType('ProgressNote', {
  description: 'A session note in DAP, SOAP or BIRP. A draft is seen only by its author; a signed note is locked and takes only addenda.',
})
export class ProgressNoteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ClientModel)
  client!: ClientModel;

  @Field(() => StaffMemberModel)
  author!: StaffMemberModel;

  @Field(() => ProgressNoteFormat)
  format!: ProgressNoteFormat;

  @Field(() => SessionType)
  sessionType!: SessionType;

  @Field({ description: 'YYYY-MM-DD' })
  sessionDate!: string;

  @Field(() => String, { nullable: true, description: 'HH:MM' })
  startTime!: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => SessionAttendance)
  attendance!: SessionAttendance;

  @Field(() => Modality, { nullable: true })
  modality!: Modality | null;

  @Field(() => [ProgressNoteSectionModel], { description: "Every section of the format's template, in order." })
  sections!: ProgressNoteSectionModel[];

  @Field(() => [AddressedObjectiveModel])
  objectives!: AddressedObjectiveModel[];

  @Field(() => ProgressNoteStatus)
  status!: ProgressNoteStatus;

  @Field(() => Date, { nullable: true })
  signedAt!: Date | null;

  @Field({ description: "The author needed a supervisor's co-signature when they signed." })
  cosignatureRequired!: boolean;

  @Field({ description: 'Signed, needing a co-signature, and not yet co-signed: in the supervisor’s queue.' })
  awaitingCosignature!: boolean;

  @Field(() => Date, { nullable: true })
  cosignedAt!: Date | null;

  @Field(() => StaffMemberModel, { nullable: true })
  cosignedBy!: StaffMemberModel | null;

  @Field(() => [ProgressNoteAddendumModel], { description: 'Oldest first.' })
  addenda!: ProgressNoteAddendumModel[];

  @Field(() => Int, { description: 'Send it back with the next save of a draft.' })
  version!: number;

  @Field()
  updatedAt!: Date;

  static from(note: LoadedProgressNote, client: VisibleClient, today: IsoDate): ProgressNoteModel {
    return Object.assign(new ProgressNoteModel(), {
      id: note.id,
      client: ClientModel.from(client, today),
      author: StaffMemberModel.from(note.author),
      format: note.format,
      sessionType: note.sessionType,
      sessionDate: note.sessionDate,
      startTime: note.startTime ? note.startTime.slice(0, 5) : null,
      durationMinutes: note.durationMinutes,
      attendance: note.attendance,
      modality: note.modality,
      sections: PROGRESS_NOTE_SECTIONS[note.format].map((section) => ({ ...section, text: note.sections[section.key] ?? '' })),
      objectives: [...note.objectives]
        .sort((a, b) => a.position - b.position)
        .map((link) => ({
          carePlanId: link.carePlanId,
          objectiveId: link.objectiveId,
          objectiveDescription: link.objectiveDescription,
          progress: link.progress,
          interventions: link.interventions,
        })),
      status: note.status,
      signedAt: note.signedAt,
      cosignatureRequired: note.cosignatureRequired,
      awaitingCosignature: note.status === ProgressNoteStatus.SIGNED && note.cosignatureRequired && !note.cosignedAt,
      cosignedAt: note.cosignedAt,
      cosignedBy: note.cosignedBy ? StaffMemberModel.from(note.cosignedBy) : null,
      addenda: [...note.addenda]
        .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime())
        .map((addendum) => ({ id: addendum.id, author: StaffMemberModel.from(addendum.author), text: addendum.body, signedAt: addendum.signedAt })),
      version: note.version,
      updatedAt: note.updatedAt,
    });
  }
}
