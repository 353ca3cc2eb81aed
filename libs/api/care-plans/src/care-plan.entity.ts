import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CarePlanStatus, type CarePlanContent, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import { OrganizationEntity } from '@carecircle/api/organizations';

/**
 * One version of a client's care plan. The problem → goal → objective → intervention tree is held
 * whole in `content`, so a signed version is one immutable document and a new draft is a copy.
 * Partial unique indexes (see migration) allow one open draft/review and one active plan per client.
 */
@Entity({ name: 'care_plan' })
@Index('care_plan_client_version_key', ['clientId', 'planVersion'], { unique: true })
@Index('care_plan_org_status_idx', ['organizationId', 'status', 'reviewDueOn'])
@Index('care_plan_episode_id_idx', ['episodeId'])
@Index('care_plan_one_open_per_client', ['clientId'], { unique: true, where: `status IN ('DRAFT', 'PENDING_REVIEW')` })
@Index('care_plan_one_active_per_client', ['clientId'], { unique: true, where: `status = 'ACTIVE'` })
@Check('care_plan_plan_version_check', `"plan_version" >= 1`)
@Check('care_plan_version_check', `"version" >= 1`)
@Check('care_plan_based_on_plan_id_check', `"based_on_plan_id" <> "id"`)
@Check('care_plan_submitted_check', `("submitted_at" IS NULL) = ("submitted_by_id" IS NULL)`)
@Check('care_plan_signed_check', `("signed_at" IS NULL) = ("signed_by_id" IS NULL)`)
@Check('care_plan_returned_check', `("returned_at" IS NULL) = ("returned_by_id" IS NULL)`)
export class CarePlanEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'care_plan_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'care_plan_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'care_plan_client_id_fkey' })
  client?: ClientEntity;

  /**
   * The episode of care the plan belongs to. Writers may leave it unset: the database attaches a
   * new plan to the client's latest episode (trigger from migration 1764500000000).
   */
  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId!: string;

  @ManyToOne('EpisodeOfCareEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'episode_id', foreignKeyConstraintName: 'care_plan_episode_id_fkey' })
  episode?: unknown;

  /** 1, 2, 3…: the plan's version in the client's history. */
  @Column({ name: 'plan_version', type: 'integer' })
  planVersion!: number;

  @Column({ type: 'enum', enum: CarePlanStatus, enumName: 'care_plan_status' })
  status!: CarePlanStatus;

  @Column({ type: 'jsonb' })
  content!: CarePlanContent;

  @Column({ name: 'based_on_plan_id', type: 'uuid', nullable: true })
  basedOnPlanId!: string | null;

  /** The version this draft was copied from; if that version ever went, the draft stands on its own. */
  @ManyToOne(() => CarePlanEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'based_on_plan_id', foreignKeyConstraintName: 'care_plan_based_on_plan_id_fkey' })
  basedOnPlan?: CarePlanEntity | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'care_plan_created_by_id_fkey' })
  createdBy?: StaffUserEntity;

  /** Who made the latest versioned change (the author, until someone else edits). */
  @Column({ name: 'updated_by_id', type: 'uuid' })
  updatedById!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'care_plan_updated_by_id_fkey' })
  updatedBy?: StaffUserEntity;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'care_plan_submitted_by_id_fkey' })
  submittedBy?: StaffUserEntity | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'signed_by_id', type: 'uuid', nullable: true })
  signedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'signed_by_id', foreignKeyConstraintName: 'care_plan_signed_by_id_fkey' })
  signedBy?: StaffUserEntity | null;

  @Column({ name: 'sign_off_comment', type: 'text', nullable: true })
  signOffComment!: string | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Column({ name: 'returned_by_id', type: 'uuid', nullable: true })
  returnedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'returned_by_id', foreignKeyConstraintName: 'care_plan_returned_by_id_fkey' })
  returnedBy?: StaffUserEntity | null;

  @Column({ name: 'return_comment', type: 'text', nullable: true })
  returnComment!: string | null;

  /** Set at sign-off from the program's review interval for the client's level of care. */
  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn!: IsoDate | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  /** Optimistic lock: every mutation sends the version it edits. */
  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
