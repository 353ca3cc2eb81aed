import { randomUUID } from 'node:crypto';
import { PinoLogger } from 'nestjs-pino';

/**
 * What may be written to a log about an error. Built field by field from a list of safe properties,
 * never by copying the error: a database error carries the SQL (`query`), its values (`parameters`),
 * `detail` ("Key (email)=(…) already exists") and `where`, and a GraphQL error carries the
 * variables; any of them can hold a client's health information.
 */
export interface SafeErrorDescription {
  /** The error's class, e.g. QueryFailedError, TypeError. */
  type: string;
  /** The message with every quoted value blanked ("…"), since Postgres and JSON errors echo the value they refused. */
  message: string;
  /** SQLSTATE of a database error, or the Node error code (ECONNREFUSED). */
  code?: string;
  /** Schema names only: they say where the problem is without saying what the data was. */
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  /** Stack frames without the first line (which repeats the message). */
  stack?: string;
}

const MAX_MESSAGE_LENGTH = 300;
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_$.]{0,127}$/;
const ERROR_CODE = /^[A-Z0-9_]{2,40}$/;

/** Blanks quoted text ("…", '…', `…`) and anything after a value-echoing colon of JSON errors; caps the length. */
export function scrubMessage(message: unknown): string {
  const text = typeof message === 'string' ? message : '';
  const QUOTED = '\u0001';
  const blanked = text
    // Control characters (NUL, lone surrogates) cannot corrupt a log line.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?')
    .replace(/"(?:[^"\\]|\\.|"")*"/g, QUOTED)
    .replace(/'(?:[^'\\]|\\.|'')*'/g, QUOTED)
    .replace(/`[^`]*`/g, QUOTED)
    // A quote left open (a message cut short, a value with an odd quote) hides everything after it.
    .replace(/["'`][\s\S]*$/, QUOTED)
    .replaceAll(QUOTED, '"…"');
  return blanked.length > MAX_MESSAGE_LENGTH ? `${blanked.slice(0, MAX_MESSAGE_LENGTH)}…` : blanked;
}

function safeName(value: unknown): string | undefined {
  return typeof value === 'string' && SCHEMA_NAME.test(value) ? value : undefined;
}

function safeCode(value: unknown): string | undefined {
  return typeof value === 'string' && ERROR_CODE.test(value) ? value : undefined;
}

function framesOnly(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length ? frames.slice(0, 15).join('\n') : undefined;
}

/** The parts of any thrown value that are safe to log (see SafeErrorDescription). */
export function describeErrorSafely(error: unknown): SafeErrorDescription {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) {
    return { type: typeof error, message: '(a thrown value that is not an Error)' };
  }
  const e = error as Error & Record<string, unknown>;
  const driver = (typeof e['driverError'] === 'object' && e['driverError'] !== null ? e['driverError'] : e) as Record<string, unknown>;
  // GraphQL wraps what a resolver threw; the original names the real failure.
  const original = e['originalError'];
  if (original instanceof Error && original !== error) {
    const inner = describeErrorSafely(original);
    return { ...inner, type: `${inner.type} (in ${safeName(e.constructor?.name) ?? 'Error'})` };
  }
  const description: SafeErrorDescription = {
    type: safeName(e.constructor?.name) ?? safeName(e.name) ?? 'Error',
    message: scrubMessage(e.message),
  };
  const code = safeCode(driver['code']) ?? safeCode(e['code']);
  if (code) description.code = code;
  for (const key of ['table', 'column', 'constraint', 'routine'] as const) {
    const name = safeName(driver[key]);
    if (name) description[key] = name;
  }
  const stack = framesOnly(e.stack);
  if (stack) description.stack = stack;
  return description;
}

/**
 * The database is down, restarting or unreachable (rather than refusing this request): connection
 * refused or reset, connect timeouts, the server shutting down, too many connections.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Record<string, unknown>;
  const original = e['originalError'];
  if (original && original !== error && isDatabaseUnavailable(original)) return true;
  const driver = (typeof e['driverError'] === 'object' && e['driverError'] !== null ? e['driverError'] : e) as Record<string, unknown>;
  const code = String(driver['code'] ?? e['code'] ?? '');
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN'].includes(code)) return true;
  // SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now), 53300 (too many connections).
  if (/^08/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
  const message = String(e['message'] ?? '');
  if (
    /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Client has encountered a connection error|Cannot use a pool after calling end|the database system is (starting up|shutting down)/i.test(
      message,
    )
  ) {
    return true;
  }
  // AggregateError (several addresses refused, e.g. localhost as ::1 and 127.0.0.1).
  const errors = e['errors'];
  return Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isDatabaseUnavailable(inner));
}

/** An id the caller can quote to support, found in the log line of the same error. */
export function newErrorId(): string {
  return randomUUID();
}

let logger: PinoLogger | undefined;

/**
 * Logs an unexpected error through pino, on the request's logger when there is a request (its
 * line carries the request id), with only the safe parts of the error.
 */
export function logUnexpectedError(error: unknown, errorId: string, where: { path?: ReadonlyArray<string | number>; unavailable?: boolean } = {}): void {
  logger ??= new PinoLogger({});
  const path = where.path?.filter((p) => typeof p === 'string' || typeof p === 'number').join('.');
  logger.error(
    { errorId, error: describeErrorSafely(error), ...(path ? { path } : {}), ...(where.unavailable ? { databaseUnavailable: true } : {}) },
    where.unavailable ? 'Database unavailable' : 'Unexpected error',
  );
}
