/**
 * Compile-time checks, run by `npm run typecheck` (never executed): scoping is a type, so each
 * `@ts-expect-error` below must stay an error. If one of these lines starts to compile, the
 * branded client-id types no longer protect the loaders and the typecheck fails.
 */
import type { EntityManager } from 'typeorm';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { ClientModel, clientLoader, type ClientEntity, type VisibleClientIds } from '@carecircle/api/clients';
import type { CareTeamService } from '@carecircle/api/care-team';
import type { EpisodeOfCareService } from '@carecircle/api/episode-of-care';

export function scopingIsAType(
  ctx: RequestContext,
  careTeam: CareTeamService,
  episodes: EpisodeOfCareService,
  rawIds: string[],
  scoped: VisibleClientIds,
  row: ClientEntity,
  manager: EntityManager,
): void {
  // A batch loader takes only ids the access policy scoped.
  // @ts-expect-error a plain string[] is not VisibleClientIds
  void careTeam.currentTeams(ctx, rawIds, '2026-01-01');
  // @ts-expect-error a plain string[] is not VisibleClientIds
  void episodes.levelOfCareHistories(ctx, rawIds);
  void careTeam.currentTeams(ctx, scoped, '2026-01-01');

  // A per-client loader is keyed by the policy's ids only.
  const loader = clientLoader(ctx, 'type-spec', async (ids) => ids.map(() => 0));
  // @ts-expect-error a plain string is not a VisibleClientId
  void loader.load(rawIds[0]!);

  // A Client is built only from a row the policy handed out.
  // @ts-expect-error a ClientEntity straight from a query is not a VisibleClient
  void ClientModel.from(row, '2026-01-01');

  // Writes need the write path's context.
  // @ts-expect-error a RequestContext outside @Transaction() is not a WriteContext
  const write: WriteContext = ctx;
  void write;
  void manager;
}
