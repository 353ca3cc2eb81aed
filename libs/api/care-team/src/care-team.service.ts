import { Injectable } from '@nestjs/common';
import { AuditAction, AuditEntityType, type IsoDate } from '@carecircle/shared/domain';
import { groupByKey, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import type { VisibleClientId, VisibleClientIds } from '@carecircle/api/clients';
import { CareTeamAssignmentEntity } from './care-team-assignment.entity';
import type { CareTeamRole } from './care-team-role';

/** Who is responsible for a client and when. The only writer of care-team assignments. */
@Injectable()
export class CareTeamService {
  /** Current assignments for a page of visible clients in one query. */
  async currentTeams(ctx: RequestContext, clientIds: VisibleClientIds, today: IsoDate): Promise<CareTeamAssignmentEntity[][]> {
    const rows = await ctx.manager
      .getRepository(CareTeamAssignmentEntity)
      .createQueryBuilder('cta')
      .innerJoinAndSelect('cta.staffUser', 'staff')
      .where('cta.client_id IN (:...clientIds)', { clientIds })
      .andWhere('cta.started_on <= :today AND (cta.ended_on IS NULL OR cta.ended_on > :today)', { today })
      .orderBy('cta.role', 'ASC')
      .addOrderBy('cta.started_on', 'ASC')
      .getMany();
    return groupByKey(clientIds, rows, (row) => row.clientId as VisibleClientId);
  }

  /** Puts a staff member on a client's care team from `startedOn`. */
  async assign(ctx: WriteContext, clientId: string, staffUserId: string, role: CareTeamRole, startedOn: IsoDate): Promise<CareTeamAssignmentEntity> {
    const assignment = await ctx.manager.getRepository(CareTeamAssignmentEntity).save({
      organizationId: ctx.organizationId,
      clientId,
      staffUserId,
      role,
      startedOn,
      endedOn: null,
    });
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.CARE_TEAM_ASSIGNMENT, [assignment.id], ['staffUserId', 'role', 'startedOn']);
    return assignment;
  }

  /** Ends the whole team the day after `lastDay` (ended_on is exclusive: responsible through that day). */
  async endTeamAfter(ctx: WriteContext, clientId: string, lastDay: IsoDate): Promise<void> {
    const ended: Array<{ id: string }> = await ctx.manager
      .createQueryBuilder()
      .update(CareTeamAssignmentEntity)
      .set({ endedOn: () => `GREATEST(started_on, CAST(:lastDay AS date) + 1)` })
      .where('client_id = :clientId AND (ended_on IS NULL OR ended_on > CAST(:lastDay AS date) + 1)', { clientId, lastDay })
      .returning(['id'])
      .execute()
      .then((result) => result.raw as Array<{ id: string }>);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CARE_TEAM_ASSIGNMENT, ended.map((row) => row.id), ['endedOn']);
  }
}
