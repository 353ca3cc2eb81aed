import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApiErrorCode } from '@carecircle/shared/domain';
import type { CareCircleRequest } from '@carecircle/api/platform';
import type { AuditTrail, Refusal } from './audit-trail';

const REFUSED = new Set<string>([ApiErrorCode.NOT_FOUND, ApiErrorCode.FORBIDDEN]);

/**
 * Writes a request's read audit once, when its response is ready: the client records disclosed and
 * a DENIED row for every refusal (NOT_FOUND or FORBIDDEN) the response carries. Apollo waits for
 * this hook before sending, so the trail is complete when the caller gets its answer.
 */
export function auditPlugin(audit: AuditTrail): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          const req = (contextValue as { req?: CareCircleRequest }).req;
          const ctx = req?.context;
          if (!ctx) return;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const refusals: Refusal[] = errors
            .filter((error) => REFUSED.has(String(error.extensions?.['code'])))
            .map((error) => ({
              entity: error.extensions?.['entity'],
              id: error.extensions?.['id'],
              operation: `${operation?.operation ?? 'operation'}.${error.path?.join('.') ?? ''}`,
            }));
          await audit.finishRequest(ctx, refusals);
        },
      };
    },
  };
}
