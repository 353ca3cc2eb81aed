import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource } from 'typeorm';
import { StaffRole } from '@carecircle/shared/domain';
import { ApiError, Clock, type StaffPrincipal } from '@carecircle/api/platform';
import { ClientAccessPolicy } from './client-access.policy';
import { dualDiagnosisSql } from './dual-diagnosis.sql';
import { CLIENT_RISK_FILTER, type ClientRiskFilter } from './client-risk-filter';
import type { ClientEntity } from './client.entity';
import type { ClientFilterInput } from './client-filter.input';

@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
    @Optional() @Inject(CLIENT_RISK_FILTER) private readonly riskFilter?: ClientRiskFilter,
  ) {}

  async list(
    principal: StaffPrincipal,
    filter: ClientFilterInput,
    page: { offset: number; limit: number },
  ): Promise<{ items: ClientEntity[]; total: number }> {
    const qb = this.access.visibleClients(principal, this.dataSource.manager).leftJoinAndSelect('client.program', 'program');
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
      // Filtering on a diagnosis-derived flag discloses diagnoses, which peer workers do not see.
      if (principal.role === StaffRole.PEER_SUPPORT) {
        throw ApiError.forbidden('Peer support workers cannot filter clients by diagnosis.');
      }
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
      if (principal.role === StaffRole.PEER_SUPPORT) {
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
    if (filter.riskSeverityAtLeast || filter.riskFlag) {
      if (!this.riskFilter) throw new Error('Risk filtering needs the metrics module, which provides CLIENT_RISK_FILTER');
      // Flags are computed by rules, not stored: narrow the matching clients first, then page.
      const candidates: Array<{ id: string }> = await qb.clone().select('client.id', 'id').getRawMany();
      const flagged = await this.riskFilter.matching(
        candidates.map((c) => c.id),
        { atLeast: filter.riskSeverityAtLeast ?? null, code: filter.riskFlag ?? null },
        principal.role,
      );
      if (flagged.size === 0) return { items: [], total: 0 };
      qb.andWhere('client.id IN (:...riskFlagged)', { riskFlagged: [...flagged] });
    }
    const [items, total] = await qb
      .orderBy('client.last_name', 'ASC')
      .addOrderBy('client.first_name', 'ASC')
      .addOrderBy('client.id', 'ASC')
      // offset/limit, not skip/take: the program join is many-to-one, so no DISTINCT pre-query is needed.
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { items, total };
  }

  get(principal: StaffPrincipal, clientId: string): Promise<ClientEntity> {
    return this.access.findVisibleClient(principal, clientId, this.dataSource.manager);
  }
}
