import { Injectable } from '@nestjs/common';
import { subYears } from 'date-fns';
import {
  AuditEntityType,
  StaffRole,
  STAFF_ROLE_LABELS,
  toIsoDate,
  type AuditOutcome,
  type ConsentRecipientKind,
  type ConsentScope,
} from '@carecircle/shared/domain';
import { ApiError, Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy, ClientEntity } from '@carecircle/api/clients';
import { DisclosureEntity } from '@carecircle/api/support-network';
import type { ClientAccessLogEntryModel, ClientAccessLogModel } from './access-log.models';
import type { DisclosureAccountingModel, PrivacyClientModel } from './disclosure-accounting.model';
import type { ClientAccessLogFilter } from './privacy.inputs';

/** Which report a caller asks for: each has its own audit entity and its own readers. */
type Report = AuditEntityType.ACCESS_LOG | AuditEntityType.DISCLOSURE_ACCOUNTING;

const READERS: Record<Report, string> = {
  [AuditEntityType.ACCESS_LOG]: 'Who viewed a record is for supervisors and privacy officers.',
  [AuditEntityType.DISCLOSURE_ACCOUNTING]: "The accounting of disclosures is for the client's counselor, supervisors and privacy officers.",
};

/** 42 CFR 2.24: the accounting covers the past three years unless the client asks for less. */
export const DISCLOSURE_ACCOUNTING_YEARS = 3;

interface AccessLogRow {
  id: string;
  occurred_at: Date;
  actor_id: string;
  actor_name: string | null;
  actor_role: StaffRole;
  action: string;
  entity_type: string;
  entity_id: string;
  fields: string[] | null;
  client_address: string | null;
  user_agent: string | null;
  outcome: AuditOutcome;
  reason: string | null;
  total: number;
}

interface DisclosureRow {
  disclosed_on: string;
  first_disclosed_at: Date;
  times: number;
  recipient_staff_id: string;
  recipient_name: string;
  recipient_role: StaffRole;
  organization_name: string;
  information_kind: ConsentScope;
  purpose: string;
  consent_id: string;
  recipient_kind: ConsentRecipientKind;
  effective_on: string;
  expires_on: string | null;
  revoked_at: Date | null;
}

/**
 * Who viewed a record and the accounting of disclosures. Both read the trail the API already writes
 * (audit_event by its client_id; disclosure), for one client the caller may report on, and each
 * look is itself recorded against that client.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly policy: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  /**
   * A privacy officer: any client of the organization. A supervisor: the clients in their scope.
   * For disclosures, also a counselor for the clients in theirs. Others: FORBIDDEN, recorded as a
   * DENIED look at this client's report; a client out of scope or of another organization: NOT_FOUND.
   */
  private async assertMayReport(ctx: RequestContext, clientId: string, report: Report): Promise<void> {
    const principal = ctx.staff;
    if (principal.isPrivacyOfficer) {
      const exists = await ctx.manager.getRepository(ClientEntity).existsBy({ id: clientId, organizationId: principal.organizationId });
      if (!exists) throw ApiError.notFound(AuditEntityType.CLIENT, clientId);
      return;
    }
    const mayInScope = principal.role === StaffRole.SUPERVISOR || (report === AuditEntityType.DISCLOSURE_ACCOUNTING && principal.role === StaffRole.COUNSELOR);
    if (!mayInScope) throw ApiError.forbidden(READERS[report], { entity: report, id: clientId });
    // Scope only: looking at a report is not reading the record, so nothing is disclosed here.
    const visible = await this.policy.visibleAmong(ctx, [clientId]);
    if (visible.length === 0) throw ApiError.notFound(AuditEntityType.CLIENT, clientId);
  }

  async accessLog(ctx: RequestContext, clientId: string, filter: ClientAccessLogFilter, offset: number, limit: number): Promise<ClientAccessLogModel> {
    await this.assertMayReport(ctx, clientId, AuditEntityType.ACCESS_LOG);
    const params: unknown[] = [ctx.organizationId, clientId];
    const where = ['a.organization_id = $1', 'a.client_id = $2'];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    // Days are the organization's: "from" starts at its midnight, "to" ends at the next one.
    if (filter.from || filter.to) params.push(this.clock.timeZone());
    const zone = params.length;
    if (filter.from) add((n) => `a.occurred_at >= ($${n}::date)::timestamp AT TIME ZONE $${zone}`, filter.from);
    if (filter.to) add((n) => `a.occurred_at < ($${n}::date + 1)::timestamp AT TIME ZONE $${zone}`, filter.to);
    if (filter.staffId) add((n) => `a.actor_id = $${n}`, filter.staffId);
    if (filter.action) add((n) => `a.action = $${n}`, filter.action);
    if (filter.outcome) add((n) => `a.outcome = $${n}`, filter.outcome);
    params.push(offset, limit);
    const rows: AccessLogRow[] = await ctx.manager.query(
      `SELECT a.id, a.occurred_at, a.actor_id, s.display_name AS actor_name, a.actor_role, a.action, a.entity_type, a.entity_id,
              a.fields, a.client_address, a.user_agent, a.outcome, a.reason, count(*) OVER ()::int AS total
         FROM audit_event a
         LEFT JOIN staff_user s ON s.id = a.actor_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.occurred_at DESC, a.id DESC
       OFFSET $${params.length - 1} LIMIT $${params.length}`,
      params,
    );
    const people: Array<{ id: string; display_name: string }> = await ctx.manager.query(
      `SELECT s.id, s.display_name FROM staff_user s
        WHERE s.organization_id = $1 AND s.id IN (SELECT DISTINCT a.actor_id FROM audit_event a WHERE a.organization_id = $1 AND a.client_id = $2)
        ORDER BY s.display_name, s.id`,
      [ctx.organizationId, clientId],
    );
    // A page beyond the last has no rows to carry the count; ask once more only then.
    const total = rows[0]?.total ?? (offset > 0 ? await this.countLog(ctx, where, params.slice(0, -2)) : 0);
    ctx.recordRead(AuditEntityType.ACCESS_LOG, [clientId]);
    return { items: rows.map(toEntry), total, people: people.map((p) => ({ id: p.id, displayName: p.display_name })) };
  }

  private async countLog(ctx: RequestContext, where: string[], params: unknown[]): Promise<number> {
    const [row] = (await ctx.manager.query(`SELECT count(*)::int AS total FROM audit_event a WHERE ${where.join(' AND ')}`, params)) as Array<{ total: number }>;
    return row?.total ?? 0;
  }

  async disclosureAccounting(ctx: RequestContext, clientId: string, from: string | null | undefined): Promise<DisclosureAccountingModel> {
    await this.assertMayReport(ctx, clientId, AuditEntityType.DISCLOSURE_ACCOUNTING);
    const today = this.clock.today();
    const since = from ?? toIsoDate(subYears(new Date(`${today}T00:00:00Z`), DISCLOSURE_ACCOUNTING_YEARS));
    const rows: DisclosureRow[] = await ctx.manager
      .getRepository(DisclosureEntity)
      .query(
        `SELECT to_char(d.disclosed_at AT TIME ZONE $4, 'YYYY-MM-DD') AS disclosed_on, min(d.disclosed_at) AS first_disclosed_at,
                count(*)::int AS times, d.recipient_staff_id, s.display_name AS recipient_name, s.role AS recipient_role,
                o.name AS organization_name, d.information_kind, c.purpose, c.id AS consent_id, c.recipient_kind,
                to_char(c.effective_on, 'YYYY-MM-DD') AS effective_on, to_char(c.expires_on, 'YYYY-MM-DD') AS expires_on, c.revoked_at
           FROM disclosure d
           JOIN consent c ON c.id = d.consent_id
           JOIN staff_user s ON s.id = d.recipient_staff_id
           JOIN organization o ON o.id = s.organization_id
          WHERE d.organization_id = $1 AND d.client_id = $2 AND d.disclosed_at >= ($3::date)::timestamp AT TIME ZONE $4
          GROUP BY 1, d.recipient_staff_id, s.display_name, s.role, o.name, d.information_kind, c.id
          ORDER BY min(d.disclosed_at) DESC, s.display_name, d.information_kind`,
        [ctx.organizationId, clientId, since, this.clock.timeZone()],
      );
    ctx.recordRead(AuditEntityType.DISCLOSURE_ACCOUNTING, [clientId]);
    return {
      from: since,
      to: today,
      entries: rows.map((row) => ({
        disclosedOn: row.disclosed_on,
        firstDisclosedAt: row.first_disclosed_at,
        times: row.times,
        recipientStaffId: row.recipient_staff_id,
        recipientName: row.recipient_name,
        recipientAffiliation: `${STAFF_ROLE_LABELS[row.recipient_role]}, ${row.organization_name}`,
        information: row.information_kind,
        purpose: row.purpose,
        consentId: row.consent_id,
        consentRecipientKind: row.recipient_kind,
        consentEffectiveOn: row.effective_on,
        consentExpiresOn: row.expires_on,
        consentRevokedAt: row.revoked_at,
      })),
    };
  }

  /**
   * Clients of the organization whose first or last name contains `name`, for a privacy officer to
   * open their reports. Names are identifying under Part 2, so each client listed is recorded as read.
   */
  async findClients(ctx: RequestContext, name: string): Promise<PrivacyClientModel[]> {
    if (!ctx.staff.isPrivacyOfficer) throw ApiError.forbidden('Finding any client of the organization is for privacy officers.');
    const pattern = `%${name.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const clients = await ctx.manager
      .getRepository(ClientEntity)
      .createQueryBuilder('client')
      .where('client.organization_id = :org', { org: ctx.organizationId })
      .andWhere('(client.first_name ILIKE :pattern OR client.last_name ILIKE :pattern OR client.preferred_name ILIKE :pattern)', { pattern })
      .orderBy('client.last_name', 'ASC')
      .addOrderBy('client.first_name', 'ASC')
      .addOrderBy('client.id', 'ASC')
      .limit(25)
      .getMany();
    ctx.recordRead(AuditEntityType.CLIENT, clients.map((c) => c.id));
    return clients.map((c) => ({ id: c.id, firstName: c.firstName, lastName: c.lastName, dateOfBirth: c.dateOfBirth, status: c.status }));
  }
}

function toEntry(row: AccessLogRow): ClientAccessLogEntryModel {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    staffId: row.actor_id,
    staffName: row.actor_name ?? 'Unknown staff member',
    role: row.actor_role,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    fields: row.fields ?? [],
    clientAddress: row.client_address,
    userAgent: row.user_agent,
    outcome: row.outcome,
    reason: row.reason,
  };
}
