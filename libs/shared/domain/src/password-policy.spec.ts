import { MIN_PASSWORD_LENGTH, passwordProblems } from './password-policy';

describe('the staff password policy', () => {
  it('accepts a long passphrase that is not the email', () => {
    expect(passwordProblems('harbor lights at dusk', 'avery@example.org')).toEqual([]);
  });

  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters`, () => {
    expect(passwordProblems('short-pass1', 'avery@example.org')).toEqual(['Use at least 12 characters.']);
  });

  it('refuses the email address, whole or its name part, in any case', () => {
    expect(passwordProblems('Avery.Lind@Example.org', 'avery.lind@example.org')).toContain('Do not use your email address as your password.');
    expect(passwordProblems('averylindsay', 'averylindsay@example.org')).toContain('Do not use your email address as your password.');
  });

  it('refuses a common password whatever its case', () => {
    expect(passwordProblems('Password1234', 'x@example.org')).toEqual(['That password is on the list of most common passwords; choose another.']);
  });
});
