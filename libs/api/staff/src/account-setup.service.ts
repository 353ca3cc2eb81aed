import { Injectable } from '@nestjs/common';
import { AuditAction, AuditEntityType, passwordProblems } from '@carecircle/shared/domain';
import { ApiError, Clock, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AuthService, StaffUserEntity, hashPassword, type AuthSessionModel } from '@carecircle/api/auth';
import { AccountSetupTokenEntity } from './account-setup-token.entity';
import type { AccountSetupLinkModel } from './setup-link.model';
import { SetupLinksService, hashSetupToken } from './setup-links.service';
import type { CompleteAccountSetupInput } from './staff.inputs';

/** The one answer for a link that cannot be used, whatever the reason: it tells a guesser nothing. */
export const LINK_INVALID_MESSAGE = 'This link is no longer valid. Ask your administrator for a new one.';

/** The public side of setup links: the person who received one reads it and sets their password. */
@Injectable()
export class AccountSetupService {
  constructor(
    private readonly clock: Clock,
    private readonly auth: AuthService,
    private readonly links: SetupLinksService,
  ) {}

  async describe(ctx: RequestContext, token: string): Promise<AccountSetupLinkModel> {
    const { link, staff } = await this.usableLink(ctx, token, false);
    return { displayName: staff.displayName, email: staff.email, purpose: link.purpose, expiresAt: link.expiresAt };
  }

  /** Sets the password, uses up the link and signs the person in, all in one transaction. */
  async complete(ctx: WriteContext, input: CompleteAccountSetupInput): Promise<AuthSessionModel> {
    // Locked, so the same link used twice at once lets only one through.
    const { link, staff } = await this.usableLink(ctx, input.token, true);
    const problems = passwordProblems(input.password, staff.email);
    if (problems.length) {
      throw ApiError.inputProblems(
        problems.map((problem) => ({ field: 'password', problem })),
        'WEAK_PASSWORD',
      );
    }
    const actor = { id: staff.id, organizationId: staff.organizationId, role: staff.role };
    // A new password ends the person's other sessions (a reset is often for a lost or shared device).
    await ctx.manager
      .getRepository(StaffUserEntity)
      .update({ id: staff.id }, { passwordHash: await hashPassword(input.password), sessionsValidFrom: new Date() });
    await ctx.manager.getRepository(AccountSetupTokenEntity).update({ id: link.id }, { usedAt: this.clock.now() });
    await this.links.voidUnused(ctx, staff.id, actor);
    const { session } = await this.auth.signInVerified(ctx, staff.id);
    // Not signed in when the request began: the actor is the person the link was issued to.
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.ACCOUNT_SETUP_LINK, [link.id], ['usedAt'], actor);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.STAFF_USER, [staff.id], ['passwordHash'], actor);
    ctx.recordWrite(AuditAction.LOGIN, AuditEntityType.STAFF_USER, [staff.id], null, actor);
    return session;
  }

  /** The link and its person, if the link is unused, not voided, not expired and the person still active. */
  private async usableLink(ctx: RequestContext, token: string, lock: boolean): Promise<{ link: AccountSetupTokenEntity; staff: StaffUserEntity }> {
    const query = ctx.manager
      .getRepository(AccountSetupTokenEntity)
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.staffUser', 'staff')
      .where('link.token_hash = :hash', { hash: hashSetupToken(token) });
    if (lock) query.setLock('pessimistic_write', undefined, ['link']);
    const link = await query.getOne();
    const staff = link?.staffUser;
    const usable = link && staff && !link.usedAt && !link.voidedAt && link.expiresAt > this.clock.now() && staff.active && staff.organizationId === link.organizationId;
    if (!usable) throw ApiError.conflict(LINK_INVALID_MESSAGE, { reason: 'LINK_INVALID' });
    return { link, staff };
  }
}
