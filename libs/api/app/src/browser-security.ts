import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Headers that tell the browser what the app may do (helmet). The CSP is what the built web app needs and no more:
 * its own scripts, styles, images and API; no inline scripts, no eval, no plugins, no framing, forms only to itself.
 * Inline styles are allowed because react-aria and recharts position popovers and chart parts with style attributes;
 * styles cannot run code, so this costs little.
 */
export function browserSecurityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'none'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'manifest-src': ["'self'"],
        'worker-src': ["'self'"],
      },
    },
    // Older browsers that ignore frame-ancestors.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Sent only over TLS, by hstsWhenOverTls: over plain HTTP it would be ignored, and on localhost it would stick.
    strictTransportSecurity: false,
  });
}

/** Strict-Transport-Security when the request came over TLS, directly or through a trusted proxy (X-Forwarded-Proto). */
export function hstsWhenOverTls(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
}

/** In production, `*.map` files are not served even if the build contains them. */
export function refuseSourceMaps(req: Request, res: Response, next: NextFunction): void {
  if (req.path.endsWith('.map')) {
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  next();
}
