import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { APP_CONFIG, type AppConfig } from '@carecircle/api/platform';

export interface TokenClaims {
  staffUserId: string;
  organizationId: string;
  tokenId: string;
  /** To the millisecond, so a session ended within the second it began is still ended. */
  issuedAt: Date;
  expiresAt: Date;
}

const ISSUER = 'carecircle';
const AUDIENCE = 'carecircle-staff';

/** Short-lived HS256 tokens (jose: maintained, standards-complete JWT). */
@Injectable()
export class AuthTokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.auth.tokenSecret);
  }

  async issue(staffUserId: string, organizationId: string): Promise<{ token: string; claims: TokenClaims }> {
    const tokenId = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.auth.tokenTtlMinutes * 60_000);
    const issuedAt = new Date();
    const token = await new SignJWT({ org: organizationId, iat_ms: issuedAt.getTime() })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(staffUserId)
      .setJti(tokenId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, claims: { staffUserId, organizationId, tokenId, issuedAt, expiresAt } };
  }

  /** Returns null for any token that is malformed, forged or expired. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (!payload.sub || !payload.jti || typeof payload['org'] !== 'string' || !payload.exp || typeof payload['iat_ms'] !== 'number') return null;
      return {
        staffUserId: payload.sub,
        organizationId: payload['org'],
        tokenId: payload.jti,
        issuedAt: new Date(payload['iat_ms']),
        expiresAt: new Date(payload.exp * 1000),
      };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}
