import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@carecircle/shared/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiError, type RequestContext, type StaffPrincipal, type WriteContext } from '@carecircle/api/platform';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { AuthTokenService } from './auth-token.service';
import { StaffUserEntity } from './staff-user.entity';
import { RevokedTokenEntity } from './revoked-token.entity';
import { unknownUserHash, verifyPassword } from './password-hasher';
import { LoginThrottle } from './login-throttle';
import { TwoFactorService } from './two-factor.service';
import { twoFactorRequired, type TwoFactorSessionFlag } from './two-factor-policy';
import type { AuthSessionModel, MeModel } from './me.model';

const WRONG_CREDENTIALS = 'That email and password do not match an active CareCircle account.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AuthTokenService,
    private readonly throttle: LoginThrottle,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async login(ctx: WriteContext, email: string, password: string, oneTimeCode?: string | null): Promise<{ session: AuthSessionModel; staff: StaffUserEntity }> {
    // Throttled attempts are refused before the password is checked (see LOGIN_THROTTLE_POLICY).
    await this.throttle.refuseIfBlocked(ctx, email);
    const staff = await ctx.manager
      .getRepository(StaffUserEntity)
      .findOne({ where: { email: email.trim().toLowerCase() }, relations: { organization: true } });
    // Hash even for unknown emails (and accounts with no password yet, whose marker is not a bcrypt
    // hash) so response time does not reveal which emails exist.
    const usableHash = staff?.passwordHash.startsWith('$2') ? staff.passwordHash : null;
    const matches = (await verifyPassword(password, usableHash ?? (await unknownUserHash()))) && usableHash !== null;
    if (!staff || !staff.active || !matches) {
      await this.throttle.recordFailure(ctx, email, staff);
      throw ApiError.unauthenticated(WRONG_CREDENTIALS);
    }
    // With two-factor sign-in on, a code too; a wrong one counts as a failure for throttling, a missing one does not.
    await this.twoFactor.checkSignIn(ctx, staff, oneTimeCode, () => this.throttle.recordFailure(ctx, email, staff));
    await this.throttle.recordSuccess(ctx, email);
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
    const organization = staff.organization!;
    const { token, claims } = await this.tokens.issue(staff.id, staff.organizationId, organization.inactivitySignOutMinutes);
    return { token, expiresAt: claims.expiresAt, inactivitySignOutMinutes: organization.inactivitySignOutMinutes, me: toMe(staff, organization) };
  }

  /**
   * The same session with its inactivity time restarted: the browser asks while the person is active (at most once a
   * minute). The session id stays, so signing out still ends it; the session never outlives MAX_SESSION_HOURS.
   */
  async renewSession(ctx: WriteContext, token: string): Promise<AuthSessionModel> {
    const claims = await this.tokens.verify(token);
    if (!claims || claims.tokenId !== ctx.staff.tokenId) throw ApiError.unauthenticated('Your session has ended or is not valid. Sign in again.');
    const staff = await ctx.manager.getRepository(StaffUserEntity).findOneOrFail({ where: { id: ctx.staffId }, relations: { organization: true } });
    const organization = staff.organization!;
    const renewed = await this.tokens.issue(staff.id, staff.organizationId, organization.inactivitySignOutMinutes, claims);
    return { token: renewed.token, expiresAt: renewed.claims.expiresAt, inactivitySignOutMinutes: organization.inactivitySignOutMinutes, me: toMe(staff, organization) };
  }

  /** Turns a bearer token into a principal, or null when it is invalid, revoked or its user is gone. */
  async authenticate(token: string): Promise<(StaffPrincipal & TwoFactorSessionFlag) | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    // Every request asks this, so it is one plain statement selecting what a principal needs, not
    // the staff and organization entities built by the query builder (~0.8 ms of CPU a request).
    const [staff] = (await this.dataSource.query(
      `SELECT s.id, s.organization_id AS "organizationId", s.role, s.email, s.display_name AS "displayName",
              s.is_privacy_officer AS "isPrivacyOfficer", o.time_zone AS "timeZone",
              o.inactivity_sign_out_minutes AS "inactivitySignOutMinutes", o.require_two_factor_for_everyone AS "requireTwoFactorForEveryone",
              EXISTS (SELECT 1 FROM staff_two_factor tf WHERE tf.staff_user_id = s.id AND tf.enabled_at IS NOT NULL) AS "twoFactorOn"
         FROM staff_user s JOIN organization o ON o.id = s.organization_id
        WHERE s.id = $1 AND s.organization_id = $2 AND s.active
          AND NOT EXISTS (SELECT 1 FROM revoked_token rt WHERE rt.token_id = $3)
          AND (s.sessions_valid_from IS NULL OR s.sessions_valid_from <= $4)`,
      [claims.staffUserId, claims.organizationId, claims.tokenId, claims.issuedAt],
    )) as SessionStaffRow[];
    if (!staff) return null;
    // Inactivity, by the organization's current setting: shortening it ends idle sessions at once, not at their expiry.
    if (claims.lastActiveAt.getTime() + staff.inactivitySignOutMinutes * 60_000 <= Date.now()) return null;
    return {
      // Required but not set up: the guard lets this session only set up two-factor sign-in.
      twoFactorEnrolmentOnly: twoFactorRequired(staff.role, staff.requireTwoFactorForEveryone) && !staff.twoFactorOn,
      id: staff.id,
      organizationId: staff.organizationId,
      role: staff.role,
      email: staff.email,
      displayName: staff.displayName,
      tokenId: claims.tokenId,
      tokenExpiresAt: claims.expiresAt,
      timeZone: staff.timeZone,
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
    isPrivacyOfficer: staff.isPrivacyOfficer,
  };
}

/** The signed-in person as authenticate() reads them, with their organization's session settings. */
interface SessionStaffRow {
  id: string;
  organizationId: string;
  role: StaffRole;
  email: string;
  displayName: string;
  isPrivacyOfficer: boolean;
  timeZone: string;
  inactivitySignOutMinutes: number;
  requireTwoFactorForEveryone: boolean;
  twoFactorOn: boolean;
}
