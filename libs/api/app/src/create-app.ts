import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { requestIdMiddleware, type AppConfig } from '@carecircle/api/platform';
import type { QueryCounter } from '@carecircle/api/database';
import { AppModule } from './app.module';
import { browserSecurityHeaders, hstsWhenOverTls, refuseSourceMaps } from './browser-security';

export interface CreateAppOptions {
  /** Built web app to serve on the same port (apps/web/dist); skipped when absent. */
  webDistDir?: string;
  quiet?: boolean;
  /** Tests count SQL statements through this. */
  queryCounter?: QueryCounter;
}

export async function createApp(config: AppConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, options.queryCounter), {
    // Nest's own start-up chatter stays out of the way; requests are logged by pino (nestjs-pino).
    logger: options.quiet ? false : ['error', 'warn'],
  });
  app.use(requestIdMiddleware);
  app.disable('x-powered-by');
  // Which proxies may tell us the client's address and scheme (X-Forwarded-For / -Proto): by default only one on
  // this machine, so nobody can fake an address (login throttling counts by it) or claim TLS. Behind another proxy
  // set TRUST_PROXY to what Express accepts there (a hop count, or the proxy's addresses / subnets).
  app.set('trust proxy', trustProxySetting(process.env['TRUST_PROXY']));
  app.use(browserSecurityHeaders());
  app.use(hstsWhenOverTls);
  // The session cookie (staff-auth.guard.ts reads it).
  app.use(cookieParser());
  app.enableShutdownHooks();
  const webDist = options.webDistDir;
  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    // Source maps would hand anyone the app's full source; a build made with them is still served without.
    if (config.env === 'production') app.use(refuseSourceMaps);
    // The app's files travel gzipped (~160 KB of script instead of ~700 KB: what a phone between visits downloads).
    // Not the API's answers: gzip would spend API CPU on every request, which is what a busy program runs short of.
    // The filter runs when the answer is written, inside Apollo's router, where `path` has lost its /graphql.
    app.use(compression({ filter: (req, res) => !req.originalUrl.startsWith('/graphql') && compression.filter(req, res) }));
    // Vite names every built asset by its content hash, so a file under /assets never changes: browsers keep it
    // for a year without asking again. Anything else (the shell, below) is asked for each time.
    const assets = path.join(webDist, 'assets');
    app.use(
      express.static(webDist, {
        index: false,
        maxAge: '1h',
        setHeaders: (res, filePath) => {
          if (path.dirname(filePath) === assets) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    // Client-side routes: anything that is not the API or a file gets the app shell.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }
  return app;
}

function trustProxySetting(value: string | undefined): string | number | boolean {
  if (!value) return 'loopback';
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}
