import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffUserEntity } from './staff-user.entity';

/** Tokens signed out before they expire; rows can be purged once `expires_at` has passed. */
@Entity({ name: 'revoked_token' })
@Index('revoked_token_expires_idx', ['expiresAt'])
export class RevokedTokenEntity {
  @PrimaryColumn({ name: 'token_id', type: 'uuid', primaryKeyConstraintName: 'revoked_token_pkey' })
  tokenId!: string;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'revoked_token_staff_user_id_fkey' })
  staffUser?: StaffUserEntity;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'revoked_at', type: 'timestamptz' })
  revokedAt!: Date;
}
