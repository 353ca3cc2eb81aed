import { SafeTypeormLogger } from './safe-typeorm-logger';

describe('TypeORM logging without the values of a query', () => {
  it('writes nothing of a failed query, and a slow query or pool warning without values', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
    try {
      const logger = new SafeTypeormLogger();
      const error = Object.assign(new Error('new row violates check constraint'), { detail: 'Failing row contains (MARKER-7f3a).' });
      logger.logQueryError(error, 'INSERT INTO check_in (note) VALUES ($1)', ['MARKER-7f3a']);
      logger.logQuery();
      logger.logQuerySlow(9000, "SELECT * FROM client WHERE last_name = 'MARKER-7f3a'");
      logger.log('warn', 'Postgres pool raised an error. error: invalid input syntax for type uuid: "MARKER-7f3a"');
    } finally {
      spy.mockRestore();
      stdout.mockRestore();
    }
    const output = written.join('');
    expect(output).toContain('Slow query');
    expect(output).toContain('Postgres pool raised an error');
    expect(output).not.toContain('MARKER');
  });
});
