import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What a throttle row counts failures of. */
export type LoginThrottleScope = 'ACCOUNT' | 'ADDRESS';

/**
 * Failed sign-ins of one account (`subject`: a hash of the email, known or not) or from one client
 * address, and until when further attempts are refused. Written by LoginThrottle only.
 */
@Entity({ name: 'login_throttle' })
@Index('login_throttle_last_failed_idx', ['lastFailedAt'])
@Check('login_throttle_scope_check', `"scope" IN ('ACCOUNT', 'ADDRESS')`)
@Check('login_throttle_failures_check', `"failures" > 0`)
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'login_throttle_pkey' })
  scope!: LoginThrottleScope;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'login_throttle_pkey' })
  subject!: string;

  /** Failures since the counter last started (it starts over after 15 quiet minutes or a success). */
  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'last_failed_at', type: 'timestamptz' })
  lastFailedAt!: Date;

  /** Attempts before this time are refused without checking the password. */
  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;

  /** When the current (or last) lockout began; null while only delays applied. */
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;
}
