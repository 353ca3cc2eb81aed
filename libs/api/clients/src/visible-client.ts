import type DataLoader from 'dataloader';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '@carecircle/api/platform';
import type { ClientEntity } from './client.entity';

declare const visibleClient: unique symbol;
declare const editableClient: unique symbol;
declare const visibleClientQuery: unique symbol;

/**
 * The id of a client the caller may see. Only `ClientAccessPolicy` mints these, so a batch loader
 * or service that takes them cannot be handed an unscoped id: that is a compile error, not a
 * comment asking the caller to have checked.
 */
export type VisibleClientId = string & { readonly [visibleClient]: true };
export type VisibleClientIds = readonly VisibleClientId[];

/** A client row the caller may see, as the policy loaded it. */
export type VisibleClient = ClientEntity & { readonly id: VisibleClientId };

/** A client whose clinical record the caller may change: their counselor or that counselor's supervisor. */
export type EditableClient = VisibleClient & { readonly [editableClient]: true };

/**
 * A query over the caller's visible clients, as `ClientAccessPolicy.visibleClients` starts it.
 * Narrowing it (`andWhere`, joins, `clone`) keeps the type, so the ids it matches may be minted
 * without asking the database a second time.
 */
export type VisibleClientQuery = SelectQueryBuilder<ClientEntity> & { readonly [visibleClientQuery]: true };

/**
 * A DataLoader for per-client data over one request: a page of clients costs one query per field
 * instead of one per client. It takes only ids the policy scoped.
 */
export function clientLoader<V>(
  ctx: RequestContext,
  name: string,
  batch: (clientIds: VisibleClientIds) => Promise<readonly V[]>,
): DataLoader<VisibleClientId, V> {
  return ctx.loader<VisibleClientId, V>(name, (ids) => batch(ids));
}
