import { describeErrorSafely, isDatabaseUnavailable, scrubMessage } from './error-log';

describe('what an error may put in a log line', () => {
  it('blanks quoted values, open quotes and control characters, keeping the words around them', () => {
    expect(scrubMessage('new row for relation "check_in" violates check constraint "no_marker"')).toBe(
      'new row for relation "…" violates check constraint "…"',
    );
    expect(scrubMessage(`invalid input syntax for type uuid: "MARKER"`)).toBe('invalid input syntax for type uuid: "…"');
    expect(scrubMessage(`Unexpected token 'M', "MARKER-7f3a is not valid JSON`)).toBe(`Unexpected token "…", "…"`);
    expect(scrubMessage('a\u0000b\ud800c')).toBe('a?b?c');
  });

  it('keeps SQLSTATE and schema names of a failed query, never its SQL, parameters or detail', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "staff_email_key"'), {
      query: 'INSERT INTO staff_user (email) VALUES ($1)',
      parameters: ['MARKER@example.org'],
      driverError: { code: '23505', detail: 'Key (email)=(MARKER@example.org) already exists.', table: 'staff_user', constraint: 'staff_email_key', where: 'MARKER' },
    });
    const logged = JSON.stringify(describeErrorSafely(error));
    expect(logged).not.toContain('MARKER');
    expect(logged).not.toContain('INSERT');
    expect(describeErrorSafely(error)).toMatchObject({ type: 'Error', code: '23505', table: 'staff_user', constraint: 'staff_email_key' });
  });

  it('tells a database that is down from one that refused the request', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '57P01' }, message: 'terminating connection due to administrator command' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '23514' }, message: 'violates check constraint' })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});
