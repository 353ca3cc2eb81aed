import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientEntity } from '@carecircle/api/clients';
import { OrganizationEntity } from '@carecircle/api/organizations';

/**
 * A client record restricted to its current care team (for example a staff member who is also a
 * client). The row exists while the restriction holds; the access policy reads it by primary key.
 */
@Entity({ name: 'client_restriction' })
@Check('client_restriction_reason_check', `btrim("reason") <> '' AND char_length("reason") <= 1000`)
export class ClientRestrictionEntity {
  @PrimaryColumn({ name: 'client_id', type: 'uuid', primaryKeyConstraintName: 'client_restriction_pkey' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'client_restriction_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'client_restriction_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'restricted_by_id', type: 'uuid' })
  restrictedById!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'restricted_by_id', foreignKeyConstraintName: 'client_restriction_restricted_by_id_fkey' })
  restrictedBy?: StaffUserEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'restricted_at', type: 'timestamptz', default: () => 'now()' })
  restrictedAt!: Date;
}
