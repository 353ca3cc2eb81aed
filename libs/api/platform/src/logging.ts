import type { Options } from 'pino-http';
import type { AppConfig } from './config';

/** Request logging (nestjs-pino). Bodies can hold health information: method, path, status and timing only. */
export function pinoHttpOptions(config: AppConfig): Options {
  return {
    level: config.logLevel,
    genReqId: (req) => (req as unknown as { requestId?: string }).requestId ?? '',
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({
        statusCode: res.statusCode,
      }),
    },
    transport: config.env === 'development' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    autoLogging: {
      ignore: (req) => req.url === '/health' || !(req.url ?? '').startsWith('/graphql'),
    },
  };
}
