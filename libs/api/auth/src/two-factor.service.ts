import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { toDataURL } from 'qrcode';
import { AuditAction, AuditEntityType, AuditOutcome, StaffRole } from '@carecircle/shared/domain';
import { APP_CONFIG, ApiError, type AppConfig, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AuditTrail } from '@carecircle/api/audit';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { StaffUserEntity } from './staff-user.entity';
import { StaffRecoveryCodeEntity, StaffTwoFactorEntity } from './two-factor.entity';
import {
  decryptTwoFactorSecret,
  encryptTwoFactorSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTwoFactorSecret,
  otpauthUri,
  twoFactorKey,
  verifiedTimeStep,
} from './two-factor-secret';
import { twoFactorCodeInvalidError, twoFactorCodeRequiredError, twoFactorRequired } from './two-factor-policy';
import type { TwoFactorEnrolmentModel, TwoFactorStatusModel } from './two-factor.model';

/** Two-factor sign-in: enrolment, the code check at sign-in, recovery codes and an administrator's reset. */
@Injectable()
export class TwoFactorService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditTrail,
  ) {
    this.key = twoFactorKey(config.auth.tokenSecret);
  }

  /** For the demo seed and test factories: the stored form of a secret under this installation's key. */
  encryptSecret(secret: string): string {
    return encryptTwoFactorSecret(secret, this.key);
  }

  /**
   * True when this person must use two-factor sign-in (role or organization setting) and has not
   * turned it on: their session may then only set it up. One primary-key read, and only for people
   * the policy covers.
   */
  async enrolmentOnly(staff: Pick<StaffUserEntity, 'id' | 'role'> & { organization?: OrganizationEntity }, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const everyone = staff.organization?.requireTwoFactorForEveryone ?? false;
    if (!twoFactorRequired(staff.role, everyone)) return false;
    return !(await this.enabledRecord(manager, staff.id));
  }

  /** Whether the person whose `Me` this is must still set up two-factor sign-in. */
  async enrolmentRequiredFor(manager: EntityManager, staffId: string): Promise<boolean> {
    const staff = await manager.getRepository(StaffUserEntity).findOne({ where: { id: staffId }, relations: { organization: true } });
    return staff ? this.enrolmentOnly(staff, manager) : false;
  }

  /**
   * The second step of signing in, after the password matched. Nothing to do for someone without
   * two-factor sign-in on; otherwise a current code (once) or an unused recovery code (used up).
   * A wrong code is recorded DENIED, outside the sign-in's transaction, which the refusal rolls back.
   */
  async checkSignIn(ctx: WriteContext, staff: StaffUserEntity, code: string | null | undefined, onWrongCode: () => Promise<void>): Promise<void> {
    const record = await ctx.manager
      .getRepository(StaffTwoFactorEntity)
      .createQueryBuilder('tf')
      .where('tf.staff_user_id = :id AND tf.enabled_at IS NOT NULL', { id: staff.id })
      .setLock('pessimistic_write')
      .getOne();
    if (!record) return;
    const given = code?.trim() ?? '';
    if (!given) throw twoFactorCodeRequiredError();
    const actor = { id: staff.id, organizationId: staff.organizationId, role: staff.role };
    if (await this.acceptCode(ctx.manager, record, given)) {
      ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.TWO_FACTOR, [staff.id], ['lastUsedStep'], actor);
      return;
    }
    if (await this.useRecoveryCode(ctx.manager, staff.id, given)) {
      ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.TWO_FACTOR, [staff.id], ['recoveryCodeUsed'], actor);
      return;
    }
    await this.recordDenied(ctx, AuditAction.LOGIN, actor);
    await onWrongCode();
    throw twoFactorCodeInvalidError();
  }

  async status(ctx: RequestContext): Promise<TwoFactorStatusModel> {
    const staff = await ctx.manager.getRepository(StaffUserEntity).findOneOrFail({ where: { id: ctx.staffId }, relations: { organization: true } });
    const record = await this.enabledRecord(ctx.manager, ctx.staffId);
    return {
      enabled: record !== null,
      enabledAt: record?.enabledAt ?? null,
      required: twoFactorRequired(staff.role, staff.organization!.requireTwoFactorForEveryone),
      recoveryCodesLeft: record ? await this.unusedRecoveryCodes(ctx.manager, ctx.staffId) : 0,
    };
  }

  /** A new secret for the caller (replacing an unfinished enrolment). Refused once two-factor sign-in is on. */
  async beginEnrolment(ctx: WriteContext): Promise<TwoFactorEnrolmentModel> {
    const repository = ctx.manager.getRepository(StaffTwoFactorEntity);
    const existing = await repository.findOne({ where: { staffUserId: ctx.staffId }, lock: { mode: 'pessimistic_write' } });
    if (existing?.enabledAt) {
      await this.recordDenied(ctx, AuditAction.CREATE);
      throw ApiError.conflict('Two-factor sign-in is already on for your account.', { reason: 'TWO_FACTOR_ALREADY_ENABLED' });
    }
    const secret = newTwoFactorSecret();
    await repository.upsert(
      { staffUserId: ctx.staffId, organizationId: ctx.organizationId, secretCiphertext: this.encryptSecret(secret), enabledAt: null, lastUsedStep: null },
      ['staffUserId'],
    );
    ctx.recordWrite(existing ? AuditAction.UPDATE : AuditAction.CREATE, AuditEntityType.TWO_FACTOR, [ctx.staffId], ['secret']);
    const uri = otpauthUri(ctx.staff.email, secret);
    return { secret, otpauthUri: uri, qrCodeDataUrl: await toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 240 }) };
  }

  /** The first correct code turns two-factor sign-in on and gives the recovery codes, shown this once. */
  async confirmEnrolment(ctx: WriteContext, code: string): Promise<string[]> {
    const record = await ctx.manager
      .getRepository(StaffTwoFactorEntity)
      .findOne({ where: { staffUserId: ctx.staffId }, lock: { mode: 'pessimistic_write' } });
    if (!record || record.enabledAt) {
      await this.recordDenied(ctx, AuditAction.UPDATE);
      throw ApiError.conflict(
        record ? 'Two-factor sign-in is already on for your account.' : 'Start setting up two-factor sign-in first.',
        { reason: record ? 'TWO_FACTOR_ALREADY_ENABLED' : 'TWO_FACTOR_NOT_STARTED' },
      );
    }
    if (!(await this.acceptCode(ctx.manager, record, code.trim(), true))) {
      await this.recordDenied(ctx, AuditAction.UPDATE);
      throw ApiError.inputProblems([{ field: 'code', problem: 'code must be the current 6-digit code from your authenticator app' }], 'TWO_FACTOR_INVALID');
    }
    const codes = await this.replaceRecoveryCodes(ctx.manager, ctx.staffId, ctx.organizationId);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.TWO_FACTOR, [ctx.staffId], ['enabledAt', 'recoveryCodes']);
    return codes;
  }

  /** New recovery codes (the old ones stop working), after a current code from the authenticator. */
  async regenerateRecoveryCodes(ctx: WriteContext, code: string): Promise<string[]> {
    const record = await ctx.manager
      .getRepository(StaffTwoFactorEntity)
      .createQueryBuilder('tf')
      .where('tf.staff_user_id = :id AND tf.enabled_at IS NOT NULL', { id: ctx.staffId })
      .setLock('pessimistic_write')
      .getOne();
    if (!record) {
      await this.recordDenied(ctx, AuditAction.UPDATE);
      throw ApiError.conflict('Two-factor sign-in is not on for your account.', { reason: 'TWO_FACTOR_NOT_ENABLED' });
    }
    if (!(await this.acceptCode(ctx.manager, record, code.trim()))) {
      await this.recordDenied(ctx, AuditAction.UPDATE);
      throw ApiError.inputProblems([{ field: 'code', problem: 'code must be the current 6-digit code from your authenticator app' }], 'TWO_FACTOR_INVALID');
    }
    const codes = await this.replaceRecoveryCodes(ctx.manager, ctx.staffId, ctx.organizationId);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.TWO_FACTOR, [ctx.staffId], ['recoveryCodes']);
    return codes;
  }

  /**
   * An administrator turns off a colleague's two-factor sign-in (a lost phone): their secret and
   * recovery codes are deleted, and their sessions end, so they sign in again and set it up anew.
   * Not one's own: another administrator does that, so a stolen admin session cannot drop the factor.
   */
  async reset(ctx: WriteContext, staffId: string): Promise<StaffUserEntity> {
    const staff = await ctx.manager.getRepository(StaffUserEntity).findOne({ where: { id: staffId, organizationId: ctx.organizationId } });
    if (!staff) throw ApiError.notFound('StaffUser', staffId);
    if (staff.id === ctx.staffId) {
      await this.recordDenied(ctx, AuditAction.DELETE, undefined, staffId);
      throw ApiError.conflict('Another administrator resets your own two-factor sign-in.', { reason: 'OWN_TWO_FACTOR' });
    }
    const deleted = await ctx.manager.getRepository(StaffTwoFactorEntity).delete({ staffUserId: staff.id });
    await ctx.manager.getRepository(StaffRecoveryCodeEntity).delete({ staffUserId: staff.id });
    if (!deleted.affected) throw ApiError.conflict(`${staff.displayName} has not set up two-factor sign-in.`, { reason: 'TWO_FACTOR_NOT_ENABLED' });
    await ctx.manager.getRepository(StaffUserEntity).update({ id: staff.id }, { sessionsValidFrom: new Date() });
    ctx.recordWrite(AuditAction.DELETE, AuditEntityType.TWO_FACTOR, [staff.id], ['secret', 'recoveryCodes']);
    return staff;
  }

  /** True when the person has turned two-factor sign-in on (for the staff list). */
  async enabledFor(manager: EntityManager, staffIds: readonly string[]): Promise<Set<string>> {
    if (staffIds.length === 0) return new Set();
    const rows = await manager
      .getRepository(StaffTwoFactorEntity)
      .createQueryBuilder('tf')
      .select('tf.staff_user_id', 'id')
      .where('tf.staff_user_id = ANY(:ids) AND tf.enabled_at IS NOT NULL', { ids: [...staffIds] })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  private enabledRecord(manager: EntityManager, staffId: string): Promise<StaffTwoFactorEntity | null> {
    return manager
      .getRepository(StaffTwoFactorEntity)
      .createQueryBuilder('tf')
      .where('tf.staff_user_id = :id AND tf.enabled_at IS NOT NULL', { id: staffId })
      .getOne();
  }

  private unusedRecoveryCodes(manager: EntityManager, staffId: string): Promise<number> {
    return manager.getRepository(StaffRecoveryCodeEntity).createQueryBuilder('rc').where('rc.staff_user_id = :id AND rc.used_at IS NULL', { id: staffId }).getCount();
  }

  /** Checks a TOTP code against the locked record and, when right, remembers its step (and turns enrolment on). */
  private async acceptCode(manager: EntityManager, record: StaffTwoFactorEntity, code: string, enable = false): Promise<boolean> {
    const secret = decryptTwoFactorSecret(record.secretCiphertext, this.key);
    if (!secret) return false;
    const step = await verifiedTimeStep(secret, code.replace(/\s/g, ''), record.lastUsedStep === null ? null : Number(record.lastUsedStep));
    if (step === null) return false;
    await manager
      .getRepository(StaffTwoFactorEntity)
      .update({ staffUserId: record.staffUserId }, { lastUsedStep: String(step), ...(enable ? { enabledAt: new Date() } : {}) });
    return true;
  }

  /** Uses up an unused recovery code of this person; false when there is none such. */
  private async useRecoveryCode(manager: EntityManager, staffId: string, code: string): Promise<boolean> {
    const result = await manager
      .getRepository(StaffRecoveryCodeEntity)
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('staff_user_id = :id AND code_hash = :hash AND used_at IS NULL', { id: staffId, hash: hashRecoveryCode(code) })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async replaceRecoveryCodes(manager: EntityManager, staffId: string, organizationId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    const repository = manager.getRepository(StaffRecoveryCodeEntity);
    await repository.delete({ staffUserId: staffId });
    await repository.insert(codes.map((code) => ({ staffUserId: staffId, organizationId, codeHash: hashRecoveryCode(code) })));
    return codes;
  }

  /** A refused two-factor step, recorded DENIED outside the transaction the refusal rolls back. */
  private async recordDenied(
    ctx: RequestContext,
    action: AuditAction,
    actor?: { id: string; organizationId: string; role: StaffRole },
    entityId?: string,
  ): Promise<void> {
    const who = actor ?? ctx.principal;
    if (!who) return;
    await this.audit.insert(
      ctx,
      [{ action, entityType: AuditEntityType.TWO_FACTOR, entityId: entityId ?? who.id, fields: null, outcome: AuditOutcome.DENIED, actor: actor ?? undefined }],
      this.dataSource.manager,
    );
  }
}
