import bcrypt from 'bcryptjs';

/**
 * bcryptjs: a maintained, pure-JavaScript bcrypt, so installs need no native build. Cost 12 is
 * about 250 ms here, slow enough to blunt guessing and fast enough for a login.
 */
export const PASSWORD_HASH_COST = 12;

export function hashPassword(password: string, cost = PASSWORD_HASH_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let cachedUnknownUserHash: Promise<string> | undefined;

/** Compared against when the email is unknown, so a wrong email costs as long as a wrong password. */
export function unknownUserHash(): Promise<string> {
  cachedUnknownUserHash ??= hashPassword(`no-such-user-${Math.random()}`);
  return cachedUnknownUserHash;
}
