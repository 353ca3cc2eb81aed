import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import {
  CarePlanStatus,
  ConsentScope,
  RiskSeverity,
  StaffRole,
  isRiskSeverityAtLeast,
  type CareTeamRole,
  type IsoDate,
  type RiskFlag,
} from '@carecircle/shared/domain';
import {
  ApiError,
  Clock,
  SortDirection,
  entityPageWithTotal,
  sortTerms,
  type ListSortSpec,
  type RequestContext,
  type SortTerm,
} from '@carecircle/api/platform';
import {
  ClientAccessPolicy,
  dualDiagnosisSql,
  type ClientEntity,
  type ClientPrefetch,
  type VisibleClient,
  type VisibleClientQuery,
} from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import { RISK_SEVERITY_STORED_RANK, RiskFlagsService, flagsForRole } from '@carecircle/api/metrics';
import type { ClientFilterInput } from './client-filter.input';
import { ClientSortKey, type ClientSortInput } from './client-sort.input';
import { NAME_COLLATION, asamCodeSql, daysInTreatmentSql, lastCheckInSql, nextMilestoneDateSql, statusRankSql } from './caseload-sort.sql';

/** The per-client fields a caseload document asks for that the page statement can fetch with the clients. */
export interface CaseloadWants {
  lastCheckInAt: boolean;
  carePlanStatus: boolean;
  /** Only the plan's id, status, version and review date (overdue) are asked for: never its content. */
  currentCarePlan: boolean;
  careTeam: boolean;
  dualDiagnosis: boolean;
  /** riskFlags or highestRiskSeverity. */
  riskFlags: boolean;
}

export const NOTHING_PREFETCHED: CaseloadWants = {
  lastCheckInAt: false,
  carePlanStatus: false,
  currentCarePlan: false,
  careTeam: false,
  dualDiagnosis: false,
  riskFlags: false,
};

/** The default order: by name, urgent clients first (as the caseload screen opens). */
export const DEFAULT_CLIENT_SORT = { key: ClientSortKey.NAME, direction: SortDirection.ASC, urgentFirst: true } as const;

/** Extra columns of the page statement (raw rows beside the entities). */
interface PageRow {
  client_id: string;
  cl_last_check_in_at?: Date | null;
  cl_care_plans?: { latestStatus: CarePlanStatus | null; activeId: string | null; activeVersion: number | null; activeReviewDueOn: IsoDate | null } | null;
  cl_care_team?: NonNullable<ClientPrefetch['careTeam']>;
  cl_dual_diagnosis?: boolean;
  cl_risk_flags?: RiskFlag[] | null;
  /** Whether the organization's stored flags were outdated when the page was read (RiskFlagsService.readCurrent). */
  cl_risk_outdated: boolean;
}

export interface CaseloadItem {
  client: VisibleClient;
  prefetched: ClientPrefetch;
}

/**
 * The caseload: the clients a caller may see, filtered, sorted and paged in SQL across all of
 * them, in one statement that also carries the total and what the page shows (last check-in, plan
 * status and review date, care team, dual diagnosis, stored risk flags), so the fields send no
 * statement of their own. A request costs: the session, this statement (which also says whether the
 * stored flags were current) and the read audit.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly disclosure: DisclosurePolicy,
    private readonly risk: RiskFlagsService,
    private readonly clock: Clock,
  ) {}

  async list(
    ctx: RequestContext,
    filter: ClientFilterInput,
    page: { offset: number; limit: number },
    sort: ClientSortInput | undefined,
    wants: CaseloadWants = NOTHING_PREFETCHED,
  ): Promise<{ items: CaseloadItem[]; total: number }> {
    const clinician = this.disclosure.needsNoConsent(ctx);
    // The caller's highest severity rank (0 none … 3 URGENT). Counselors and supervisors see every
    // flag, so it is the stored column, joined once; for others the rank of what they may see.
    const rank = clinician ? 'COALESCE(cr.highest_severity_rank, 0)' : this.risk.highestRankSql(ctx, 'client').sql;

    // What is sorted, filtered and shown by risk is the stored flags, current: the page statement
    // says whether they were, and is made again after a refresh only when they were not.
    const found = await this.risk.readCurrent(ctx, async (riskCheck) => {
      // The caseload: emergency grants open one record, they do not list the client here.
      const qb = this.access
        .caseloadClients(ctx)
        .leftJoinAndSelect('client.program', 'program')
        .leftJoin('client_risk', 'cr', 'cr.client_id = client.id')
        .setParameter('caseloadToday', this.clock.today());
      const empty = await this.applyFilters(ctx, qb, filter, rank, clinician);
      if (empty) return { value: { rows: [] as ClientEntity[], raw: [] as PageRow[], total: 0 }, outdated: null };
      this.addPrefetch(qb, wants, clinician);
      qb.addSelect(riskCheck.sql, 'cl_risk_outdated').setParameters(riskCheck.params);
      const value = await entityPageWithTotal<ClientEntity, PageRow>(qb, this.order(sort ?? DEFAULT_CLIENT_SORT, rank), page);
      return { value, outdated: value.raw[0]?.cl_risk_outdated ?? null };
    });
    const clients = this.access.disclose(ctx, found.rows);
    const rawById = new Map(found.raw.map((r) => [r.client_id, r]));
    const items = clients.map((client) => ({ client, prefetched: this.prefetched(client, rawById.get(client.id), wants, clinician) }));
    return { items, total: found.total };
  }

  /** ORDER BY: urgent first (unless turned off), the chosen column, then last name, first name, id. */
  private order(sort: { key: ClientSortKey; direction: SortDirection; urgentFirst?: boolean | null }, rank: string): SortTerm[] {
    const name = [`client.last_name COLLATE ${NAME_COLLATION}`, `client.first_name COLLATE ${NAME_COLLATION}`];
    const spec: ListSortSpec<ClientSortKey> = {
      keys: {
        [ClientSortKey.NAME]: name,
        [ClientSortKey.PROGRAM]: `program.name COLLATE ${NAME_COLLATION}`,
        [ClientSortKey.LEVEL_OF_CARE]: asamCodeSql('client'),
        [ClientSortKey.DAYS_IN_TREATMENT]: daysInTreatmentSql('client'),
        [ClientSortKey.NEXT_MILESTONE]: nextMilestoneDateSql('client'),
        [ClientSortKey.LAST_CHECK_IN]: lastCheckInSql('client'),
        // No flag is a missing value: last in both directions.
        [ClientSortKey.RISK]: `NULLIF(${rank}, 0)`,
        [ClientSortKey.STATUS]: statusRankSql('client'),
      },
      tieBreakers: [...name.map((sql) => ({ sql, direction: SortDirection.ASC })), { sql: 'client.id', direction: SortDirection.ASC }],
    };
    const urgent = `(${rank} = ${RISK_SEVERITY_STORED_RANK[RiskSeverity.URGENT]})`;
    return sortTerms(spec, sort, sort.urgentFirst === false ? [] : [{ sql: urgent, direction: SortDirection.DESC }]);
  }

  /** Narrows the query by the filter; true when nothing can match (so no page statement is needed). */
  private async applyFilters(ctx: RequestContext, qb: VisibleClientQuery, filter: ClientFilterInput, rank: string, clinician: boolean): Promise<boolean> {
    const search = filter.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('client.first_name ILIKE :like', { like })
            .orWhere('client.last_name ILIKE :like', { like })
            .orWhere('client.preferred_name ILIKE :like', { like })
            .orWhere(`(client.first_name || ' ' || client.last_name) ILIKE :like`, { like }),
        ),
      );
    }
    if (filter.programId) qb.andWhere('client.program_id = :programId', { programId: filter.programId });
    if (filter.statuses?.length) qb.andWhere('client.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.levelOfCare) qb.andWhere('client.level_of_care = :level', { level: filter.levelOfCare });
    if (filter.dualDiagnosis !== undefined && filter.dualDiagnosis !== null) {
      qb.andWhere(filter.dualDiagnosis ? dualDiagnosisSql('client') : `NOT ${dualDiagnosisSql('client')}`);
    }
    if (filter.counselorId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM care_team_assignment f_cta WHERE f_cta.client_id = client.id AND f_cta.role = 'COUNSELOR'
           AND f_cta.staff_user_id = :filterCounselor AND f_cta.started_on <= :filterToday AND (f_cta.ended_on IS NULL OR f_cta.ended_on > :filterToday))`,
        { filterCounselor: filter.counselorId, filterToday: this.clock.today() },
      );
    }
    if (filter.modality) {
      // Modalities come from every intervention of the signed plans: clinical care-plan detail that
      // peer workers see only for their own interventions.
      if (ctx.role === StaffRole.PEER_SUPPORT) {
        throw ApiError.forbidden('Peer support workers cannot filter clients by care-plan modality.');
      }
      qb.andWhere(
        `EXISTS (SELECT 1 FROM care_plan f_cp,
                   jsonb_array_elements(f_cp.content->'problems') f_pr, jsonb_array_elements(f_pr->'goals') f_go,
                   jsonb_array_elements(f_go->'objectives') f_ob, jsonb_array_elements(f_ob->'interventions') f_iv
                 WHERE f_cp.client_id = client.id AND f_cp.status IN ('ACTIVE', 'SUPERSEDED') AND f_iv->>'modality' = :filterModality)`,
        { filterModality: filter.modality },
      );
    }
    if (filter.admittedFrom) qb.andWhere('client.admission_date >= :admittedFrom', { admittedFrom: filter.admittedFrom });
    if (filter.admittedTo) qb.andWhere('client.admission_date <= :admittedTo', { admittedTo: filter.admittedTo });

    // Risk, across the whole caseload on the stored flags: the caller's own rank, and for a flag
    // code one flag that has the code and the severity (what the caller may see of it).
    const minRank = filter.riskSeverityAtLeast ? RISK_SEVERITY_STORED_RANK[filter.riskSeverityAtLeast] : null;
    if (filter.riskFlag && clinician) {
      const severity = Object.entries(RISK_SEVERITY_STORED_RANK)
        .map(([name, value]) => `WHEN '${name}' THEN ${value}`)
        .join(' ');
      qb.andWhere(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(cr.flags) AS rf(flag) WHERE rf.flag->>'code' = :riskFlag` +
          (minRank === null ? ')' : ` AND (CASE rf.flag->>'severity' ${severity} ELSE 0 END) >= :minRiskRank)`),
        { riskFlag: filter.riskFlag, minRiskRank: minRank },
      );
    } else if (minRank !== null) {
      qb.andWhere(`${rank} >= :minRiskRank`, { minRiskRank: minRank });
    }

    const narrowByDiagnoses = filter.dualDiagnosis !== undefined && filter.dualDiagnosis !== null && !clinician;
    const narrowByFlag = !!filter.riskFlag && !clinician;
    if (!narrowByDiagnoses && !narrowByFlag) return false;
    // Peer workers only (their caseload is their own assignments): consent decides per client what
    // they may match on, and each such decision is recorded as a disclosure.
    let candidates = await this.access.idsOf(qb);
    // A diagnosis filter discloses diagnoses: a peer worker matches only clients whose consent shares them.
    if (narrowByDiagnoses) candidates = await this.disclosure.allowedAmong(ctx, candidates, ConsentScope.DIAGNOSES);
    if (narrowByFlag) {
      // Through flagsFor, not RiskFlagsService.hasFlagSql: matching on a consent-gated flag discloses
      // it, and flagsFor records that disclosure. A peer's caseload is their own few assignments.
      const flags = await this.risk.flagsFor(ctx, candidates);
      candidates = candidates.filter((id) =>
        flagsForRole(flags.get(id) ?? [], ctx.role).some(
          (f) => f.code === filter.riskFlag && (!filter.riskSeverityAtLeast || isRiskSeverityAtLeast(f.severity, filter.riskSeverityAtLeast)),
        ),
      );
    }
    if (candidates.length === 0) return true;
    qb.andWhere('client.id IN (:...narrowed)', { narrowed: [...candidates] });
    return false;
  }

  /**
   * What the page shows beside the client row, as select-list subqueries: PostgreSQL runs them
   * after the sort and limit, for the page's rows only (the last check-in also sorts, then it is
   * computed once for both).
   */
  private addPrefetch(qb: VisibleClientQuery, wants: CaseloadWants, clinician: boolean): void {
    const today = 'CAST(:caseloadToday AS date)';
    if (wants.lastCheckInAt) qb.addSelect(lastCheckInSql('client'), 'cl_last_check_in_at');
    if (wants.carePlanStatus || (wants.currentCarePlan && clinician)) {
      // Each client's plans read once: the newest version's status and the active version.
      qb.addSelect(
        `(SELECT json_build_object(
            'latestStatus', (array_agg(cp.status ORDER BY cp.plan_version DESC))[1],
            'activeId', (array_agg(cp.id) FILTER (WHERE cp.status = '${CarePlanStatus.ACTIVE}'))[1],
            'activeVersion', (array_agg(cp.plan_version) FILTER (WHERE cp.status = '${CarePlanStatus.ACTIVE}'))[1],
            'activeReviewDueOn', (array_agg(cp.review_due_on) FILTER (WHERE cp.status = '${CarePlanStatus.ACTIVE}'))[1])
          FROM care_plan cp WHERE cp.client_id = client.id)`,
        'cl_care_plans',
      );
    }
    if (wants.careTeam) {
      qb.addSelect(
        `(SELECT COALESCE(json_agg(json_build_object('role', a.role, 'startedOn', a.started_on, 'endedOn', a.ended_on,
              'staff', json_build_object('id', s.id, 'displayName', s.display_name, 'role', s.role, 'email', s.email))
              ORDER BY a.role, a.started_on), CAST('[]' AS json))
          FROM care_team_assignment a JOIN staff_user s ON s.id = a.staff_user_id
          WHERE a.client_id = client.id AND a.started_on <= ${today} AND (a.ended_on IS NULL OR a.ended_on > ${today}))`,
        'cl_care_team',
      );
    }
    if (wants.dualDiagnosis) qb.addSelect(dualDiagnosisSql('client'), 'cl_dual_diagnosis');
    if (wants.riskFlags && clinician) qb.addSelect('cr.flags', 'cl_risk_flags');
  }

  private prefetched(client: VisibleClient, row: PageRow | undefined, wants: CaseloadWants, clinician: boolean): ClientPrefetch {
    const prefetched: ClientPrefetch = { checkInSchedule: client.checkInSchedule };
    if (!row) return prefetched;
    if (wants.lastCheckInAt) prefetched.lastCheckInAt = row.cl_last_check_in_at ?? null;
    const plans = row.cl_care_plans;
    if (wants.carePlanStatus) prefetched.carePlanStatus = plans?.latestStatus ?? null;
    // Peer workers' plan goes through its loader: what they may see of a plan is decided there, under consent.
    if (wants.currentCarePlan && clinician) {
      prefetched.currentCarePlan =
        plans?.activeId && plans.activeVersion !== null
          ? { id: plans.activeId, clientId: client.id, planVersion: plans.activeVersion, status: CarePlanStatus.ACTIVE, reviewDueOn: plans.activeReviewDueOn }
          : null;
    }
    if (wants.careTeam) prefetched.careTeam = (row.cl_care_team ?? []).map((a) => ({ ...a, role: a.role as CareTeamRole }));
    if (wants.dualDiagnosis && row.cl_dual_diagnosis !== undefined) prefetched.dualDiagnosis = row.cl_dual_diagnosis;
    // The stored flags for Client.riskFlags / highestRiskSeverity (metrics): no consent filter applies to clinicians.
    if (wants.riskFlags && clinician) prefetched.riskFlags = row.cl_risk_flags ?? [];
    return prefetched;
  }
}
