import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { RiskFlag } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { OrganizationEntity } from '@carecircle/api/organizations';

/**
 * A client's risk flags as the rules last computed them (migration 1764900000000): all of them,
 * before role and consent filtering, so one row serves every viewer. Triggers mark the row stale
 * when a risk input changes; RiskFlagsService refreshes it. Read and written with SQL by the
 * service; the entity describes the table for the schema check.
 */
@Entity({ name: 'client_risk' })
// (organization_id, highest_severity_rank DESC): TypeORM cannot describe a descending column, so the migration alone owns it.
@Index('client_risk_organization_rank_idx', { synchronize: false })
@Index('client_risk_stale_idx', ['organizationId'], { where: '"stale"' })
@Index('client_risk_refreshed_on_idx', ['organizationId', 'refreshedOn'])
@Check('client_risk_highest_severity_rank_check', `"highest_severity_rank" BETWEEN 0 AND 3`)
@Check('client_risk_flag_count_check', `"flag_count" >= 0`)
export class ClientRiskEntity {
  @PrimaryColumn({ name: 'client_id', type: 'uuid', primaryKeyConstraintName: 'client_risk_pkey' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'client_risk_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'client_risk_organization_id_fkey' })
  organization?: OrganizationEntity;

  /** Most severe first, as `riskFlags` returns them. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  flags!: RiskFlag[];

  /** 0 none, 1 INFO, 2 WARNING, 3 URGENT: the caseload sorts by it. */
  @Column({ name: 'highest_severity_rank', type: 'smallint', default: 0 })
  highestSeverityRank!: number;

  @Column({ name: 'flag_count', type: 'smallint', default: 0 })
  flagCount!: number;

  @Column({ type: 'boolean', default: true })
  stale!: boolean;

  /** The organization's day of the last refresh: flags that count days age once a day. */
  @Column({ name: 'refreshed_on', type: 'date', nullable: true })
  refreshedOn!: string | null;

  @Column({ name: 'refreshed_at', type: 'timestamptz', default: () => 'now()' })
  refreshedAt!: Date;
}
