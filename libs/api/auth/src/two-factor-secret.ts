import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';

/** How codes are made: the authenticator apps' defaults (SHA-1, 6 digits, 30 s). */
export const TWO_FACTOR_PERIOD_SECONDS = 30;
export const TWO_FACTOR_ISSUER = 'CareCircle';
export const RECOVERY_CODE_COUNT = 10;

/**
 * The key that encrypts TOTP secrets at rest, derived from AUTH_TOKEN_SECRET (HKDF-SHA256 with its
 * own label, so it is not the token-signing key). Changing AUTH_TOKEN_SECRET makes stored secrets
 * unreadable: everyone then enrols again after an administrator resets their two-factor sign-in.
 */
export function twoFactorKey(tokenSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', tokenSecret, 'carecircle', 'carecircle two-factor secret v1', 32));
}

/** AES-256-GCM: `v1:<iv>:<tag>:<ciphertext>`, base64url parts. */
export function encryptTwoFactorSecret(secret: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
}

/** Null when the value was not encrypted with this key (AUTH_TOKEN_SECRET changed) or was tampered with. */
export function decryptTwoFactorSecret(stored: string, key: Buffer): string | null {
  const [version, iv, tag, ciphertext] = stored.split(':');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export function newTwoFactorSecret(): string {
  return generateSecret();
}

export function otpauthUri(email: string, secret: string): string {
  return generateURI({ issuer: TWO_FACTOR_ISSUER, label: email, secret });
}

/** The current code (or the one at `epochSeconds`), for tests, the demo script and the e2e journey. */
export function currentTwoFactorCode(secret: string, epochSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
  return generate({ secret, epoch: epochSeconds });
}

/**
 * The time step of a correct code, or null. One step either side is accepted for clock drift; a
 * step at or before `afterStep` is refused, so a code (even a correct one) works once.
 */
export async function verifiedTimeStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TWO_FACTOR_PERIOD_SECONDS,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Recovery codes: 10 random groups `xxxx-xxxx-xxxx` (60 bits each), shown once. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Codes are compared without case, spaces or dashes, so a code read aloud or retyped still matches. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}
