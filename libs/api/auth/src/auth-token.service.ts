import { Inject, Injectable } from '@nestjs/common';
import { randomUUID, webcrypto } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { APP_CONFIG, type AppConfig } from '@carecircle/api/platform';

export interface TokenClaims {
  staffUserId: string;
  organizationId: string;
  /** The session's id: the same in every renewed token, so signing out (revoking it) ends them all. */
  tokenId: string;
  /** When the session began (sign-in), to the millisecond, so a session ended within the second it began is still ended. */
  issuedAt: Date;
  /** The person's last activity the server knows of: sign-in or the last renewal. */
  lastActiveAt: Date;
  expiresAt: Date;
}

/** Which session a token continues: absent for a new sign-in. */
export interface SessionToContinue {
  tokenId: string;
  issuedAt: Date;
}

const ISSUER = 'carecircle';

/** However active, a session ends this long after sign-in (a long shift): then one signs in again. */
export const MAX_SESSION_HOURS = 12;
const AUDIENCE = 'carecircle-staff';

/**
 * Short-lived HS256 tokens (jose: maintained, standards-complete JWT). A token lives only as long as the
 * organization's inactivity limit (and never longer than AUTH_TOKEN_TTL_MINUTES); activity renews it (`renewSession`),
 * up to MAX_SESSION_HOURS after sign-in.
 * So an idle session ends on the server, with no write per request.
 */
@Injectable()
export class AuthTokenService {
  /**
   * The secret imported once as a WebCrypto key: given the secret's bytes (or a KeyObject), jose
   * imports them again on every call, and every request verifies a token.
   */
  private readonly key: Promise<webcrypto.CryptoKey>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(config.auth.tokenSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
  }

  async issue(
    staffUserId: string,
    organizationId: string,
    inactivityMinutes: number,
    continuing?: SessionToContinue,
  ): Promise<{ token: string; claims: TokenClaims }> {
    const now = Date.now();
    const tokenId = continuing?.tokenId ?? randomUUID();
    const issuedAt = continuing?.issuedAt ?? new Date(now);
    const lastActiveAt = new Date(now);
    const sessionEnds = issuedAt.getTime() + MAX_SESSION_HOURS * 3_600_000;
    const expiresAt = new Date(Math.min(now + Math.min(inactivityMinutes, this.config.auth.tokenTtlMinutes) * 60_000, sessionEnds));
    const token = await new SignJWT({ org: organizationId, iat_ms: issuedAt.getTime(), act_ms: lastActiveAt.getTime() })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(staffUserId)
      .setJti(tokenId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.key);
    return { token, claims: { staffUserId, organizationId, tokenId, issuedAt, lastActiveAt, expiresAt } };
  }

  /** Returns null for any token that is malformed, forged or expired. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (!payload.sub || !payload.jti || typeof payload['org'] !== 'string' || !payload.exp || typeof payload['iat_ms'] !== 'number') return null;
      if (typeof payload['act_ms'] !== 'number') return null;
      return {
        staffUserId: payload.sub,
        organizationId: payload['org'],
        tokenId: payload.jti,
        issuedAt: new Date(payload['iat_ms']),
        lastActiveAt: new Date(payload['act_ms']),
        expiresAt: new Date(payload.exp * 1000),
      };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}
