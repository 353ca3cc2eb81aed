import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'organization' })
@Check('organization_name_check', `btrim("name") <> ''`)
@Check('organization_time_zone_check', `btrim("time_zone") <> ''`)
@Check('organization_inactivity_sign_out_minutes_check', `"inactivity_sign_out_minutes" BETWEEN 5 AND 60`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organization_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** IANA time zone (e.g. America/Chicago): where a day starts for check-ins, charts and "today". */
  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone!: string;

  /** Two-factor sign-in for every staff member, not only administrators and supervisors (who always need it). */
  @Column({ name: 'require_two_factor_for_everyone', type: 'boolean', default: false })
  requireTwoFactorForEveryone!: boolean;

  /** Minutes without activity after which a session ends (5–60); its tokens live no longer than this unless renewed. */
  @Column({ name: 'inactivity_sign_out_minutes', type: 'smallint', default: 15 })
  inactivitySignOutMinutes!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
