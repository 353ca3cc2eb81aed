import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'organization' })
@Check('organization_name_check', `btrim("name") <> ''`)
@Check('organization_time_zone_check', `btrim("time_zone") <> ''`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organization_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** IANA time zone (e.g. America/Chicago): where a day starts for check-ins, charts and "today". */
  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
