import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiError, type RequestContext, type StaffPrincipal, type WriteContext } from '@carecircle/api/platform';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { AuthTokenService } from './auth-token.service';
import { StaffUserEntity } from './staff-user.entity';
import { RevokedTokenEntity } from './revoked-token.entity';
import { unknownUserHash, verifyPassword } from './password-hasher';
import type { AuthSessionModel, MeModel } from './me.model';

const WRONG_CREDENTIALS = 'That email and password do not match an active CareCircle account.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AuthTokenService,
  ) {}

  async login(ctx: WriteContext, email: string, password: string): Promise<{ session: AuthSessionModel; staff: StaffUserEntity }> {
    const staff = await ctx.manager
      .getRepository(StaffUserEntity)
      .findOne({ where: { email: email.trim().toLowerCase() }, relations: { organization: true } });
    // Hash even for unknown emails (and accounts with no password yet, whose marker is not a bcrypt
    // hash) so response time does not reveal which emails exist.
    const usableHash = staff?.passwordHash.startsWith('$2') ? staff.passwordHash : null;
    const matches = (await verifyPassword(password, usableHash ?? (await unknownUserHash()))) && usableHash !== null;
    if (!staff || !staff.active || !matches) throw ApiError.unauthenticated(WRONG_CREDENTIALS);
    return { session: await this.startSession(ctx, staff), staff };
  }

  /**
   * Signs in a staff member whose identity was proved another way than email and password (a
   * one-time setup link, first-run setup): issues their token and records the sign-in time.
   */
  async signInVerified(ctx: WriteContext, staffId: string): Promise<{ session: AuthSessionModel; staff: StaffUserEntity }> {
    const staff = await ctx.manager.getRepository(StaffUserEntity).findOneOrFail({ where: { id: staffId, active: true }, relations: { organization: true } });
    return { session: await this.startSession(ctx, staff), staff };
  }

  private async startSession(ctx: WriteContext, staff: StaffUserEntity): Promise<AuthSessionModel> {
    // Raw UPDATE: a sign-in is not an edit of the account, so updated_at stays as it was.
    await ctx.manager.query('UPDATE staff_user SET last_signed_in_at = now() WHERE id = $1', [staff.id]);
    const { token, claims } = await this.tokens.issue(staff.id, staff.organizationId);
    return { token, expiresAt: claims.expiresAt, me: toMe(staff, staff.organization!) };
  }

  /** Turns a bearer token into a principal, or null when it is invalid, revoked or its user is gone. */
  async authenticate(token: string): Promise<StaffPrincipal | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    const staff = await this.dataSource
      .getRepository(StaffUserEntity)
      .createQueryBuilder('staff')
      .innerJoinAndSelect('staff.organization', 'organization')
      .where('staff.id = :id AND staff.organization_id = :org AND staff.active', {
        id: claims.staffUserId,
        org: claims.organizationId,
      })
      .andWhere('NOT EXISTS (SELECT 1 FROM revoked_token rt WHERE rt.token_id = :jti)', { jti: claims.tokenId })
      .andWhere('(staff.sessions_valid_from IS NULL OR staff.sessions_valid_from <= :issuedAt)', { issuedAt: claims.issuedAt })
      .getOne();
    if (!staff) return null;
    return {
      id: staff.id,
      organizationId: staff.organizationId,
      role: staff.role,
      email: staff.email,
      displayName: staff.displayName,
      tokenId: claims.tokenId,
      tokenExpiresAt: claims.expiresAt,
      timeZone: staff.organization!.timeZone,
      isPrivacyOfficer: staff.isPrivacyOfficer,
    };
  }

  async logout(ctx: WriteContext): Promise<void> {
    const principal = ctx.staff;
    await ctx.manager
      .getRepository(RevokedTokenEntity)
      .createQueryBuilder()
      .insert()
      .values({ tokenId: principal.tokenId, staffUserId: principal.id, expiresAt: principal.tokenExpiresAt })
      .orIgnore()
      .execute();
  }

  async me(ctx: RequestContext): Promise<MeModel> {
    const staff = await ctx.manager
      .getRepository(StaffUserEntity)
      .findOneOrFail({ where: { id: ctx.staffId }, relations: { organization: true } });
    return toMe(staff, staff.organization!);
  }
}

function toMe(staff: StaffUserEntity, organization: OrganizationEntity): MeModel {
  return {
    id: staff.id,
    displayName: staff.displayName,
    email: staff.email,
    role: staff.role,
    organizationId: organization.id,
    organizationName: organization.name,
    organizationTimeZone: organization.timeZone,
  };
}
