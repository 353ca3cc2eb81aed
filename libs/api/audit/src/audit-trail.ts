import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditEntityType, AuditOutcome } from '@carecircle/shared/domain';
import type { AuditRowDraft, RequestContext } from '@carecircle/api/platform';

const KNOWN_ENTITY_TYPES = new Set<string>(Object.values(AuditEntityType));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The client of records of a table that has `client_id` and `organization_id`. */
const inTable = (table: string) => `SELECT id::text AS entity_id, client_id::text AS client_id FROM "${table}" WHERE organization_id = $1 AND id = ANY($2::uuid[])`;
/** The id is the client's own (a look at the client, at its access log…); only clients of the caller's organization. */
const theClient = `SELECT id::text AS entity_id, id::text AS client_id FROM "client" WHERE organization_id = $1 AND id = ANY($2::uuid[])`;

/**
 * How to find the client an audit row is about, for who viewed this record: a statement that maps
 * entity ids (`$2`) of the organization (`$1`) to their client, or null for records about no client.
 * Written for every entity type (the Record is exhaustive), so a new kind of record does not compile
 * until it says how, and no read, write or refusal can leave its client out by forgetting.
 */
const CLIENT_OF: Record<AuditEntityType, string | null> = {
  [AuditEntityType.CLIENT]: theClient,
  [AuditEntityType.ACCESS_LOG]: theClient,
  [AuditEntityType.DISCLOSURE_ACCOUNTING]: theClient,
  [AuditEntityType.CARE_TEAM_ASSIGNMENT]: inTable('care_team_assignment'),
  [AuditEntityType.LEVEL_OF_CARE_CHANGE]: inTable('level_of_care_change'),
  [AuditEntityType.EPISODE_OF_CARE]: inTable('episode_of_care'),
  [AuditEntityType.RECOVERY_START_RESET]: inTable('recovery_start_reset'),
  [AuditEntityType.CARE_PLAN]: inTable('care_plan'),
  [AuditEntityType.DIAGNOSIS]: inTable('diagnosis'),
  [AuditEntityType.SUPPORT_NETWORK_MEMBER]: inTable('support_network_member'),
  [AuditEntityType.FAMILY_ENGAGEMENT_EVENT]: inTable('family_engagement_event'),
  [AuditEntityType.CONSENT]: inTable('consent'),
  [AuditEntityType.CHECK_IN]: inTable('check_in'),
  [AuditEntityType.PEER_CONTACT]: inTable('peer_contact'),
  [AuditEntityType.MEASURE_ADMINISTRATION]: inTable('measure_administration'),
  [AuditEntityType.PROGRESS_NOTE]: inTable('progress_note'),
  [AuditEntityType.PROGRESS_NOTE_ADDENDUM]: `SELECT a.id::text AS entity_id, n.client_id::text AS client_id FROM "progress_note_addendum" a JOIN "progress_note" n ON n.id = a.note_id WHERE n.organization_id = $1 AND a.id = ANY($2::uuid[])`,
  [AuditEntityType.METRICS]: null,
  [AuditEntityType.STAFF_USER]: null,
  [AuditEntityType.ACCOUNT_SETUP_LINK]: null,
  [AuditEntityType.ORGANIZATION]: null,
  [AuditEntityType.PROGRAM]: null,
  [AuditEntityType.RISK_THRESHOLDS]: null,
  [AuditEntityType.DATABASE_BACKUP]: null,
  [AuditEntityType.OPERATION]: null,
  [AuditEntityType.TWO_FACTOR]: null,
  [AuditEntityType.EMERGENCY_ACCESS]: inTable('emergency_access'),
  [AuditEntityType.CLIENT_RESTRICTION]: theClient,
};

/** Audit rows in the order given (the chain follows it): `$1` a JSON array of rows, then the request's id, address, user agent and reason. */
const INSERT_AUDIT_ROWS = `INSERT INTO audit_event
    (organization_id, actor_id, actor_role, action, entity_type, entity_id, client_id, fields, outcome, request_id, client_address, user_agent, reason)
  SELECT r.organization_id, r.actor_id, r.actor_role, r.action, r.entity_type, r.entity_id, r.client_id, r.fields, r.outcome, $2, $3, $4, $5
  FROM ROWS FROM (json_to_recordset($1::json) AS (organization_id uuid, actor_id uuid, actor_role staff_role, action text, entity_type text,
    entity_id text, client_id uuid, fields text[], outcome audit_outcome))
    WITH ORDINALITY AS r(organization_id, actor_id, actor_role, action, entity_type, entity_id, client_id, fields, outcome, n)
  ORDER BY r.n`;

/** A refusal worth recording, as read from an error the request answered with. */
export interface Refusal {
  entity?: unknown;
  id?: unknown;
  operation: string;
}

/**
 * Writes audit rows. Every row of a request or of a write goes in one multi-row INSERT: a caseload
 * page of a hundred clients costs one statement, not one per field resolver.
 */
@Injectable()
export class AuditTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(ctx: RequestContext, rows: readonly AuditRowDraft[], manager: EntityManager): Promise<void> {
    const clientIds = await this.clientsOf(ctx, rows, manager);
    const values = rows.flatMap((row, i) => {
      const actor = row.actor ?? ctx.principal;
      if (!actor) return [];
      return [
        {
          organization_id: actor.organizationId,
          actor_id: actor.id,
          actor_role: actor.role,
          action: row.action,
          entity_type: row.entityType,
          entity_id: row.entityId,
          client_id: clientIds[i] ?? null,
          fields: row.fields,
          outcome: row.outcome,
        },
      ];
    });
    if (values.length === 0) return;
    // The rows as one JSON parameter and the request's own values once: a page of a hundred clients is
    // five bind parameters, not 1,300 (TypeORM's multi-row VALUES cost ~4 ms of CPU per page to build).
    await manager.query(INSERT_AUDIT_ROWS, [JSON.stringify(values), ctx.requestId, ctx.clientAddress, ctx.userAgent, ctx.reason]);
  }

  /**
   * The client each row is about, in the rows' order: the one the row names, else found from its
   * record in one statement for all of them (`CLIENT_OF`), only within the actor's organization, so a
   * refused id of another organization names no client. A record a write deleted (a discarded draft)
   * can no longer be looked up: it takes the write's client when the write was about exactly one.
   */
  private async clientsOf(ctx: RequestContext, rows: readonly AuditRowDraft[], manager: EntityManager): Promise<Array<string | null>> {
    // A client disclosed or changed was found through the access policy: its id needs no lookup.
    const trusted = (row: AuditRowDraft) => row.entityType === AuditEntityType.CLIENT && row.outcome === AuditOutcome.ALLOWED;
    const found = rows.map((row) => (row.clientId !== undefined ? row.clientId : trusted(row) ? row.entityId : undefined));
    const wanted = new Map<string, { organizationId: string; entityType: AuditEntityType; ids: Set<string> }>();
    rows.forEach((row, i) => {
      const organizationId = (row.actor ?? ctx.principal)?.organizationId;
      if (found[i] !== undefined || !organizationId || !CLIENT_OF[row.entityType] || !UUID.test(row.entityId)) return;
      const key = `${organizationId}:${row.entityType}`;
      const entry = wanted.get(key) ?? { organizationId, entityType: row.entityType, ids: new Set<string>() };
      entry.ids.add(row.entityId.toLowerCase());
      wanted.set(key, entry);
    });
    const clientOf = new Map<string, string>();
    if (wanted.size > 0) {
      const params: unknown[] = [];
      const branches = [...wanted.values()].map((entry) => {
        params.push(entry.organizationId, [...entry.ids], entry.entityType);
        const n = params.length;
        const select = CLIENT_OF[entry.entityType]!.replace(/\$([12])\b/g, (_, k: string) => `$${k === '1' ? n - 2 : n - 1}`);
        return `SELECT $${n}::text AS entity_type, lookup.entity_id, lookup.client_id FROM (${select}) lookup`;
      });
      const answers = (await manager.query(branches.join(' UNION ALL '), params)) as Array<{ entity_type: string; entity_id: string; client_id: string }>;
      for (const answer of answers) clientOf.set(`${answer.entity_type}:${answer.entity_id}`, answer.client_id);
    }
    const resolved = rows.map((row, i) => (found[i] !== undefined ? found[i] : (clientOf.get(`${row.entityType}:${row.entityId.toLowerCase()}`) ?? null)));
    const clients = new Set(resolved.filter((id): id is string => id !== null));
    const onlyClient = clients.size === 1 ? [...clients][0]! : null;
    return rows.map((row, i) => {
      if (resolved[i] !== null || found[i] !== undefined) return resolved[i] ?? null;
      const aboutAClient = row.outcome === AuditOutcome.ALLOWED && CLIENT_OF[row.entityType] !== null;
      return aboutAClient ? onlyClient : null;
    });
  }

  /**
   * At the end of a request: the reads collected outside any write and a DENIED row for each
   * refusal, in one statement outside any transaction, so a failed request cannot roll them back.
   */
  async finishRequest(ctx: RequestContext, refusals: readonly Refusal[]): Promise<void> {
    const denied: AuditRowDraft[] = refusals.map((refusal) => {
      const named = typeof refusal.entity === 'string' && KNOWN_ENTITY_TYPES.has(refusal.entity) && typeof refusal.id === 'string';
      return {
        action: AuditAction.READ,
        entityType: named ? (refusal.entity as AuditEntityType) : AuditEntityType.OPERATION,
        entityId: named ? (refusal.id as string) : refusal.operation,
        fields: null,
        outcome: AuditOutcome.DENIED,
      };
    });
    await this.insert(ctx, [...ctx.takeReads(), ...denied], this.dataSource.manager);
    const disclosures = ctx.takeDisclosures();
    if (disclosures.length && ctx.principal) {
      const principal = ctx.principal;
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into('disclosure', ['organization_id', 'client_id', 'consent_id', 'recipient_staff_id', 'information_kind', 'request_id'])
        .values(
          disclosures.map((d) => ({
            organization_id: principal.organizationId,
            client_id: d.clientId,
            consent_id: d.consentId,
            recipient_staff_id: principal.id,
            information_kind: d.informationKind,
            request_id: ctx.requestId,
          })),
        )
        .updateEntity(false)
        .execute();
    }
  }
}
