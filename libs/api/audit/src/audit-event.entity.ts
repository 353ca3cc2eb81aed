import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
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
@Index('audit_event_chain_key', ['organizationId', 'chainSeq'], { unique: true })
@Check('audit_event_row_hash_check', `"row_hash" ~ '^[0-9a-f]{64}$'`)
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

  /*
   * Tamper evidence, set by the database on insert (trigger audit_event_chain, migration
   * 1764800000400), never by the app: the row's place in its organization's chain, the hash of the
   * row before it (null for the first) and the SHA-256 of this row including that hash.
   * `npm run audit:verify` recomputes them.
   */
  @Column({ name: 'chain_seq', type: 'bigint', insert: false, update: false })
  chainSeq!: string;

  @Column({ name: 'previous_hash', type: 'text', nullable: true, insert: false, update: false })
  previousHash!: string | null;

  @Column({ name: 'row_hash', type: 'text', insert: false, update: false })
  rowHash!: string;
}
