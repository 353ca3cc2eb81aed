import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';
import { CareTeamRole } from './care-team-role';

/**
 * Who was responsible for a client, and when. Ended assignments are kept, never deleted, so the
 * history of responsibility survives handovers.
 */
@Entity({ name: 'care_team_assignment' })
@Index('care_team_assignment_client_idx', ['clientId', 'startedOn'])
// Key (staff_user_id, ended_on) INCLUDE (client_id, role, started_on) — see migration 1764900000100; TypeORM
// has no INCLUDE, and its schema check compares an index's columns, included ones among them.
@Index('care_team_assignment_staff_current_idx', ['staffUserId', 'endedOn', 'clientId', 'role', 'startedOn'])
// Assignments that covered their client's discharge, by staff member (migration 1765000000200): the
// access policy's "responsible at discharge", index-only.
@Index('care_team_assignment_staff_at_discharge_idx', ['staffUserId', 'clientId', 'role'], { where: '"at_discharge"' })
@Check('care_team_assignment_ended_on_check', `"ended_on" >= "started_on"`)
export class CareTeamAssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'care_team_assignment_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'care_team_assignment_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'care_team_assignment_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'care_team_assignment_staff_user_id_fkey' })
  staffUser?: StaffUserEntity;

  @Column({ type: 'enum', enum: CareTeamRole, enumName: 'care_team_role' })
  role!: CareTeamRole;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: IsoDate;

  /** Exclusive: the first day the assignment no longer holds. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: IsoDate | null;

  /**
   * The client is DISCHARGED and this assignment was current on the discharge date. Kept by database
   * triggers from the client and the dates (migration 1765000000200); the app never writes or reads it
   * as a property, only the access policy's SQL does.
   */
  @Column({ name: 'at_discharge', type: 'boolean', default: false, select: false, insert: false, update: false })
  atDischarge?: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
