import type { Options } from 'pino-http';
import type { AppConfig } from './config';
import { describeErrorSafely } from './error-log';

/**
 * Where values could ride along into a log line: bodies, variables, SQL and its parameters, and
 * what Postgres echoes of a refused value. The serializers below never copy them; redaction is the
 * second lock, for anything a future log call passes by hand.
 */
const REDACTED_PATHS = [
  'body',
  'variables',
  'query',
  'parameters',
  'detail',
  'where',
  'driverError',
  'req.body',
  'req.query',
  'req.headers',
  'res.headers',
  '*.body',
  '*.variables',
  '*.query',
  '*.parameters',
  '*.detail',
  '*.where',
  '*.driverError',
  '*.internalQuery',
];

/** The path without its query string: a GET /graphql carries the document and its variables there. */
function pathOnly(url: unknown): string {
  return typeof url === 'string' ? url.split('?')[0] ?? '' : '';
}

/** Request logging (nestjs-pino). Bodies can hold health information: method, path, status and timing only. */
export function pinoHttpOptions(config: AppConfig): Options {
  return {
    level: config.logLevel,
    genReqId: (req) => (req as unknown as { requestId?: string }).requestId ?? '',
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: pathOnly(req.url),
      }),
      res: (res: { statusCode: number }) => ({
        statusCode: res.statusCode,
      }),
      // pino's standard error serializer copies every property: a QueryFailedError's SQL, parameters and detail.
      err: (err: unknown) => describeErrorSafely(err),
      error: (err: unknown) => (err instanceof Error ? describeErrorSafely(err) : err),
    },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    transport: config.env === 'development' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    autoLogging: {
      ignore: (req) => req.url === '/health' || !(req.url ?? '').startsWith('/graphql'),
    },
  };
}
