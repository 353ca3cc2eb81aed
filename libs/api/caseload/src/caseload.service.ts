import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { ConsentScope, StaffRole, isRiskSeverityAtLeast } from '@carecircle/shared/domain';
import { ApiError, Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy, dualDiagnosisSql, type VisibleClient } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import { RiskFlagsService, flagsForRole } from '@carecircle/api/metrics';
import type { ClientFilterInput } from './client-filter.input';

/**
 * The caseload: the clients a caller may see, filtered and paged in SQL. Filters on derived,
 * consent-gated facts (dual diagnosis, risk flags) narrow the candidates first, then page.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly disclosure: DisclosurePolicy,
    private readonly risk: RiskFlagsService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, filter: ClientFilterInput, page: { offset: number; limit: number }): Promise<{ items: VisibleClient[]; total: number }> {
    // The caseload: emergency grants open one record, they do not list the client here.
    const qb = this.access.caseloadClients(ctx).leftJoinAndSelect('client.program', 'program');
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

    const narrowByDiagnoses = filter.dualDiagnosis !== undefined && filter.dualDiagnosis !== null && !this.disclosure.needsNoConsent(ctx);
    if (narrowByDiagnoses || filter.riskSeverityAtLeast || filter.riskFlag) {
      // Derived facts: narrow the matching clients first, then page.
      let candidates = await this.access.idsOf(qb);
      // A diagnosis filter discloses diagnoses: a peer worker matches only clients whose consent shares them.
      if (narrowByDiagnoses) candidates = await this.disclosure.allowedAmong(ctx, candidates, ConsentScope.DIAGNOSES);
      if (filter.riskSeverityAtLeast || filter.riskFlag) {
        const flags = await this.risk.flagsFor(ctx, candidates);
        candidates = candidates.filter((id) =>
          flagsForRole(flags.get(id) ?? [], ctx.role).some(
            (f) => (!filter.riskFlag || f.code === filter.riskFlag) && (!filter.riskSeverityAtLeast || isRiskSeverityAtLeast(f.severity, filter.riskSeverityAtLeast)),
          ),
        );
      }
      if (candidates.length === 0) return { items: [], total: 0 };
      qb.andWhere('client.id IN (:...narrowed)', { narrowed: [...candidates] });
    }
    const [rows, total] = await qb
      .orderBy('client.last_name', 'ASC')
      .addOrderBy('client.first_name', 'ASC')
      .addOrderBy('client.id', 'ASC')
      // offset/limit, not skip/take: the program join is many-to-one, so no DISTINCT pre-query is needed.
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { items: this.access.disclose(ctx, rows), total };
  }
}
