import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { CareCircleRequest } from './request-context';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Every request carries an id that ties log lines and audit rows together. */
export function requestIdMiddleware(req: CareCircleRequest, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  req.requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', req.requestId);
  next();
}
