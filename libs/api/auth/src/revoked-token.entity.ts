import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Tokens signed out before they expire; rows can be purged once `expires_at` has passed. */
@Entity({ name: 'revoked_token' })
@Index('revoked_token_expires_idx', ['expiresAt'])
export class RevokedTokenEntity {
  @PrimaryColumn({ name: 'token_id', type: 'uuid' })
  tokenId!: string;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'revoked_at', type: 'timestamptz' })
  revokedAt!: Date;
}
