import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  Modality,
  ObjectiveProgressRating,
  ProgressNoteFormat,
  ProgressNoteStatus,
  SessionAttendance,
  SessionType,
  type IsoDate,
} from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import { CarePlanEntity } from '@carecircle/api/care-plans';
import type { OrganizationEntity } from '@carecircle/api/organizations';

/** Section text by the template's section key (`data`, `assessment`, …). */
export type ProgressNoteSectionTexts = Record<string, string>;

/**
 * One session's progress note. Its author alone sees and changes it while it is a draft; signing
 * locks it (migration 1764600000000 enforces the lock with triggers), after which only addenda and
 * a supervisor's co-signature are added.
 */
@Entity({ name: 'progress_note' })
@Index('progress_note_client_session_idx', ['clientId', 'sessionDate'])
@Index('progress_note_author_idx', ['authorId', 'status'])
@Index('progress_note_awaiting_cosignature_idx', ['organizationId'], { where: `"cosignature_required" AND "cosigned_at" IS NULL` })
@Check('progress_note_duration_minutes_check', `"duration_minutes" IS NULL OR "duration_minutes" BETWEEN 1 AND 600`)
@Check('progress_note_sections_check', `jsonb_typeof("sections") = 'object'`)
@Check('progress_note_signed_check', `("status" = 'SIGNED') = ("signed_at" IS NOT NULL)`)
@Check(
  'progress_note_cosigned_check',
  `("cosigned_at" IS NULL) = ("cosigned_by_id" IS NULL) AND ("cosigned_at" IS NULL OR ("status" = 'SIGNED' AND "cosignature_required"))`,
)
@Check('progress_note_cosigner_check', `"cosigned_by_id" <> "author_id"`)
@Check('progress_note_version_check', `"version" >= 1`)
export class ProgressNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'progress_note_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'progress_note_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'progress_note_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'progress_note_author_id_fkey' })
  author?: StaffUserEntity;

  @Column({ type: 'enum', enum: ProgressNoteFormat, enumName: 'progress_note_format' })
  format!: ProgressNoteFormat;

  @Column({ name: 'session_type', type: 'enum', enum: SessionType, enumName: 'session_type' })
  sessionType!: SessionType;

  @Column({ name: 'session_date', type: 'date' })
  sessionDate!: IsoDate;

  /** HH:MM:SS as Postgres returns a time; null in a draft not yet filled in. */
  @Column({ name: 'start_time', type: 'time', nullable: true })
  startTime!: string | null;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes!: number | null;

  @Column({ type: 'enum', enum: SessionAttendance, enumName: 'session_attendance' })
  attendance!: SessionAttendance;

  @Column({ type: 'enum', enum: Modality, enumName: 'session_modality', nullable: true })
  modality!: Modality | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  sections!: ProgressNoteSectionTexts;

  @Column({ type: 'enum', enum: ProgressNoteStatus, enumName: 'progress_note_status', default: ProgressNoteStatus.DRAFT })
  status!: ProgressNoteStatus;

  /** When the author signed; the signer is always the author. */
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  /** Set at signing from the author's `requires_cosignature`. */
  @Column({ name: 'cosignature_required', type: 'boolean', default: false })
  cosignatureRequired!: boolean;

  @Column({ name: 'cosigned_at', type: 'timestamptz', nullable: true })
  cosignedAt!: Date | null;

  @Column({ name: 'cosigned_by_id', type: 'uuid', nullable: true })
  cosignedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'cosigned_by_id', foreignKeyConstraintName: 'progress_note_cosigned_by_id_fkey' })
  cosignedBy?: StaffUserEntity | null;

  /** Optimistic lock: every save of a draft sends the version it edits. */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'progress_note_updated_by_id_fkey' })
  updatedBy?: StaffUserEntity | null;

  @OneToMany(() => ProgressNoteObjectiveEntity, (link) => link.note)
  objectives?: ProgressNoteObjectiveEntity[];

  @OneToMany(() => ProgressNoteAddendumEntity, (addendum) => addendum.note)
  addenda?: ProgressNoteAddendumEntity[];
}

/** An intervention of the plan as the session delivered it, kept as it read when the note was written. */
export interface AddressedIntervention {
  id: string;
  description: string;
}

/**
 * A plan objective the session addressed, with its progress rating. The objective's id survives
 * plan versions, so the plan editor finds a note under the same objective in the next version; the
 * description is kept as it read when the note was written.
 */
@Entity({ name: 'progress_note_objective' })
@Index('progress_note_objective_objective_idx', ['objectiveId'])
@Index('progress_note_objective_care_plan_idx', ['carePlanId'])
@Check('progress_note_objective_interventions_check', `jsonb_typeof("interventions") = 'array'`)
export class ProgressNoteObjectiveEntity {
  @PrimaryColumn({ name: 'note_id', type: 'uuid', primaryKeyConstraintName: 'progress_note_objective_pkey' })
  noteId!: string;

  @PrimaryColumn({ name: 'objective_id', type: 'text', primaryKeyConstraintName: 'progress_note_objective_pkey' })
  objectiveId!: string;

  @ManyToOne(() => ProgressNoteEntity, (note) => note.objectives, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'note_id', foreignKeyConstraintName: 'progress_note_objective_note_id_fkey' })
  note?: ProgressNoteEntity;

  /** The plan version the objective was read from (always the note's client's plan). */
  @Column({ name: 'care_plan_id', type: 'uuid' })
  carePlanId!: string;

  /** Checked at commit (see the migration), so deleting a client can cascade to its plans before its notes. */
  @ManyToOne(() => CarePlanEntity, { onDelete: 'NO ACTION', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'care_plan_id', foreignKeyConstraintName: 'progress_note_objective_care_plan_id_fkey' })
  carePlan?: CarePlanEntity;

  @Column({ name: 'objective_description', type: 'text' })
  objectiveDescription!: string;

  @Column({ type: 'enum', enum: ObjectiveProgressRating, enumName: 'objective_progress_rating' })
  progress!: ObjectiveProgressRating;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  interventions!: AddressedIntervention[];

  /** The order the author listed the objectives in. */
  @Column({ type: 'integer' })
  position!: number;
}

/** A dated, signed addition to a signed note: never an edit of it, never changed itself. */
@Entity({ name: 'progress_note_addendum' })
@Index('progress_note_addendum_note_idx', ['noteId', 'signedAt'])
@Check('progress_note_addendum_body_check', `btrim("body") <> ''`)
export class ProgressNoteAddendumEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'progress_note_addendum_pkey' })
  id!: string;

  @Column({ name: 'note_id', type: 'uuid' })
  noteId!: string;

  @ManyToOne(() => ProgressNoteEntity, (note) => note.addenda, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'note_id', foreignKeyConstraintName: 'progress_note_addendum_note_id_fkey' })
  note?: ProgressNoteEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'progress_note_addendum_author_id_fkey' })
  author?: StaffUserEntity;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;
}
