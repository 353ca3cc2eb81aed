/**
 * The password rule for staff accounts, checked in the browser as one types and again by the API:
 * long enough to resist guessing (NIST SP 800-63B: length over composition rules), not the
 * person's own email, and not one of the passwords every guessing list starts with.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * A small bundled list of the most common passwords of 12 characters or more (shorter ones are
 * refused by length already), compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set(
  [
    '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000',
    '123123123123', '112233445566', 'qwertyuiopas', 'qwertyuiop12', 'qwertyuiop123', '1qaz2wsx3edc',
    '1q2w3e4r5t6y', 'q1w2e3r4t5y6', 'zaq12wsxcde3', 'asdfghjkl123', 'password1234', 'password12345',
    'password123456', 'passwordpassword', 'password!234', 'p@ssw0rd1234', 'p@ssword1234', 'passw0rd1234',
    'iloveyou1234', 'iloveyouiloveyou', 'letmein12345', 'welcome12345', 'welcome123456', 'welcometothejungle',
    'administrator', 'administrator1', 'changeme1234', 'changemenow!', 'trustno1trustno1', 'football1234',
    'baseball1234', 'basketball12', 'superman1234', 'batman123456', 'princess1234', 'sunshine1234',
    'starwars1234', 'monkey123456', 'dragon123456', 'master123456', 'michael12345', 'jennifer1234',
    'whatever1234', 'computer1234', 'internet1234', 'qwerty123456', 'abc123456789', 'abcdefghijkl',
    'abcdefgh1234', 'aaaaaaaaaaaa', 'correcthorsebatterystaple', 'letmeinletmein', 'mypassword123',
    'secretpassword', 'password2024!', 'password2025!', 'password2026!', 'summer2026!!', 'winter2026!!',
    'spring2026!!', 'autumn2026!!', 'carecircle123', 'carecircle2026', 'recovery1234', 'counselor123',
  ].map((p) => p.toLowerCase()),
);

/** What is wrong with a proposed password, in words to show under the field; empty when it is acceptable. */
export function passwordProblems(password: string, email: string | null | undefined): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`Use at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`Use at most ${MAX_PASSWORD_LENGTH} characters.`);
  const lowered = password.trim().toLowerCase();
  const mail = (email ?? '').trim().toLowerCase();
  if (mail && (lowered === mail || lowered === mail.split('@')[0])) problems.push('Do not use your email address as your password.');
  if (COMMON_PASSWORDS.has(lowered)) problems.push('That password is on the list of most common passwords; choose another.');
  return problems;
}
