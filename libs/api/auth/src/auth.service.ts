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
    // Hash even for unknown emails so response time does not reveal which emails exist.
    const matches = await verifyPassword(password, staff?.passwordHash ?? (await unknownUserHash()));
    if (!staff || !staff.active || !matches) throw ApiError.unauthenticated(WRONG_CREDENTIALS);
    const { token, claims } = await this.tokens.issue(staff.id, staff.organizationId);
    return { session: { token, expiresAt: claims.expiresAt, me: toMe(staff, staff.organization!) }, staff };
  }

  /** Turns a bearer token into a principal, or null when it is invalid, revoked or its user is gone. */
  async authenticate(token: string): Promise<StaffPrincipal | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    const staff = await this.dataSource
      .getRepository(StaffUserEntity)
      .createQueryBuilder('staff')
      .where('staff.id = :id AND staff.organization_id = :org AND staff.active', {
        id: claims.staffUserId,
        org: claims.organizationId,
      })
      .andWhere('NOT EXISTS (SELECT 1 FROM revoked_token rt WHERE rt.token_id = :jti)', { jti: claims.tokenId })
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
  };
}
