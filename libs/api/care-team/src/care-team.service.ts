import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '@carecircle/shared/domain';
import { groupByKey } from '@carecircle/api/platform';
import { CareTeamAssignmentEntity } from './care-team-assignment.entity';

@Injectable()
export class CareTeamService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Current assignments for many clients in one query (callers have already scoped the clients). */
  async currentTeams(clientIds: readonly string[], today: IsoDate): Promise<CareTeamAssignmentEntity[][]> {
    const rows = await this.dataSource
      .getRepository(CareTeamAssignmentEntity)
      .createQueryBuilder('cta')
      .innerJoinAndSelect('cta.staffUser', 'staff')
      .where('cta.client_id IN (:...clientIds)', { clientIds })
      .andWhere('cta.started_on <= :today AND (cta.ended_on IS NULL OR cta.ended_on > :today)', { today })
      .orderBy('cta.role', 'ASC')
      .addOrderBy('cta.started_on', 'ASC')
      .getMany();
    return groupByKey(clientIds, rows, (row) => row.clientId);
  }
}
