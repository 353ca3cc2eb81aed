import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditOutcome, StaffRole } from '@carecircle/shared/domain';

/**
 * Append-only: a database trigger (see the initial migration) refuses UPDATE and DELETE, so not
 * even a bug in the application can rewrite history. No foreign keys either: the trail must outlive
 * the organizations, staff and records it names.
 */
@Entity({ name: 'audit_event' })
@Index('audit_event_entity_idx', ['entityType', 'entityId'])
@Index('audit_event_actor_idx', ['actorId', 'occurredAt'])
@Index('audit_event_client_idx', ['clientId', 'occurredAt'], { where: '"client_id" IS NOT NULL' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'audit_event_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ name: 'actor_role', type: 'enum', enum: StaffRole, enumName: 'staff_role' })
  actorRole!: StaffRole;

  /** READ, LIST, CREATE, UPDATE, LOGIN, … */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  /** The client this row is about, when it is about one (who viewed a record reads by it). */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  /** For writes, the fields touched; never their values. */
  @Column({ name: 'fields', type: 'text', array: true, nullable: true })
  fields!: string[] | null;

  @Column({ name: 'request_id', type: 'text' })
  requestId!: string;

  /** The caller's network address, as the API saw it. */
  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress!: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;

  /** Why the access happened, when the caller gave a reason. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Whether the access was granted; refusals are recorded too. */
  @Column({ type: 'enum', enum: AuditOutcome, enumName: 'audit_outcome', default: AuditOutcome.ALLOWED })
  outcome!: AuditOutcome;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
