import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { AuditAction, AuditEntityType } from '@carecircle/shared/domain';
import { Clock, type AuditRowDraft, type WriteContext } from '@carecircle/api/platform';
import { AccountSetupPurpose, SETUP_LINK_VALID_HOURS } from './account-setup-purpose';
import { AccountSetupTokenEntity } from './account-setup-token.entity';
import type { SetupLinkModel } from './setup-link.model';

/** Who acted, for a write by someone not signed in (the person completing their own setup). */
type AuditActor = AuditRowDraft['actor'];

/** The path the web serves the setup page at; the token follows it. */
export const ACCOUNT_SETUP_PATH = '/account-setup/';

/** Lower-case hex SHA-256: what the database keeps instead of the token. */
export function hashSetupToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Issues and voids one-time setup links. The token exists only in the answer to the administrator. */
@Injectable()
export class SetupLinksService {
  constructor(private readonly clock: Clock) {}

  /** A new link for this person; any older unused link of theirs stops working. */
  async issue(ctx: WriteContext, staff: { id: string; organizationId: string }, purpose: AccountSetupPurpose): Promise<SetupLinkModel> {
    await this.voidUnused(ctx, staff.id);
    // 32 random bytes: far beyond guessing, and short enough to paste.
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + SETUP_LINK_VALID_HOURS[purpose] * 3_600_000);
    const link = await ctx.manager.getRepository(AccountSetupTokenEntity).save({
      organizationId: staff.organizationId,
      staffUserId: staff.id,
      tokenHash: hashSetupToken(token),
      purpose,
      expiresAt,
      usedAt: null,
      voidedAt: null,
      createdById: ctx.staffId,
    });
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.ACCOUNT_SETUP_LINK, [link.id], ['staffUserId', 'purpose', 'expiresAt']);
    return { path: `${ACCOUNT_SETUP_PATH}${token}`, expiresAt, purpose };
  }

  /** Voids every unused link of this person (a newer link, a deactivation, a completed setup). */
  async voidUnused(ctx: WriteContext, staffUserId: string, actor?: AuditActor): Promise<void> {
    const result = await ctx.manager
      .createQueryBuilder()
      .update(AccountSetupTokenEntity)
      .set({ voidedAt: () => 'now()' })
      .where('staff_user_id = :staffUserId AND used_at IS NULL AND voided_at IS NULL', { staffUserId })
      .returning(['id'])
      .execute();
    const ids = (result.raw as Array<{ id: string }>).map((row) => row.id);
    if (ids.length) ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.ACCOUNT_SETUP_LINK, ids, ['voidedAt'], actor);
  }
}
