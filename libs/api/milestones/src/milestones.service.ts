import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { differenceInCalendarDays, parseISO, subYears } from 'date-fns';
import type { DataSource } from 'typeorm';
import { ClientStatus, milestonesBetween, toIsoDate, type IsoDate, type Milestone } from '@carecircle/shared/domain';
import { ApiError, Clock, type FieldProblem } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { ClientAccessPolicy, ClientEntity, RecoveryStartResetEntity, staleWriteError, type Actor } from '@carecircle/api/clients';
import type { ResetRecoveryStartDateInput } from './reset-recovery-start-date.input';

export const MAX_MILESTONE_WINDOW_DAYS = 366;
/** How far before admission a recovery start date may lie. */
const MAX_YEARS_BEFORE_ADMISSION = 5;
const CLIENT = { label: 'client record', auditType: 'Client' };

function refuseInput(problems: FieldProblem[]): void {
  if (problems.length) throw ApiError.badInput(`Please correct the input: ${problems.map((p) => p.problem).join('; ')}.`, problems);
}

/** Recovery milestones across the caller's clients, and the counselor-confirmed reset of the start date. */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Milestones falling from `from` to `to` for the clients the caller sees that are not
   * discharged, by date then client name. The milestone rule is the pure one in shared/domain.
   */
  async reached({ me, requestId }: Actor, from: IsoDate, to: IsoDate): Promise<Array<{ client: ClientEntity; milestone: Milestone }>> {
    if (from > to) refuseInput([{ field: 'to', problem: 'to must be on or after from' }]);
    if (differenceInCalendarDays(parseISO(to), parseISO(from)) + 1 > MAX_MILESTONE_WINDOW_DAYS) {
      refuseInput([{ field: 'to', problem: `the window can cover at most ${MAX_MILESTONE_WINDOW_DAYS} days` }]);
    }
    const clients = await this.access
      .visibleClients(me, this.dataSource.manager)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.status <> :discharged', { discharged: ClientStatus.DISCHARGED })
      .andWhere('client.recovery_start_date IS NOT NULL AND client.recovery_start_date <= :to', { to })
      .orderBy('client.last_name', 'ASC')
      .addOrderBy('client.first_name', 'ASC')
      .addOrderBy('client.id', 'ASC')
      .getMany();
    const reached = clients.flatMap((client) =>
      client.recoveryStartDate ? milestonesBetween(client.recoveryStartDate, from, to).map((milestone) => ({ client, milestone })) : [],
    );
    // Stable sort: clients were already in name order.
    reached.sort((a, b) => (a.milestone.date < b.milestone.date ? -1 : a.milestone.date > b.milestone.date ? 1 : 0));
    const clientIds = [...new Set(reached.map((r) => r.client.id))];
    await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'Client', entityIds: clientIds, fields: ['recoveryStartDate'] });
    return reached;
  }

  async resetRecoveryStartDate({ me, requestId }: Actor, input: ResetRecoveryStartDateInput): Promise<ClientEntity> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, input.clientId, manager);
      if (client.version !== input.expectedVersion) throw await staleWriteError(manager, CLIENT, client.id, client);
      if (client.status === ClientStatus.DISCHARGED) {
        throw ApiError.conflict(`This client was discharged on ${client.dischargeDate ?? 'an unrecorded date'}; the recovery start date is closed.`, {
          entity: 'Client',
          id: client.id,
          status: client.status,
        });
      }
      const earliest = toIsoDate(subYears(parseISO(client.admissionDate), MAX_YEARS_BEFORE_ADMISSION));
      const problems: FieldProblem[] = [];
      if (input.newStartDate > this.clock.today()) problems.push({ field: 'newStartDate', problem: 'newStartDate cannot be in the future' });
      else if (input.newStartDate < earliest) {
        problems.push({ field: 'newStartDate', problem: `newStartDate cannot be more than ${MAX_YEARS_BEFORE_ADMISSION} years before admission (${earliest})` });
      } else if (input.newStartDate === client.recoveryStartDate) {
        problems.push({ field: 'newStartDate', problem: `newStartDate is already the recovery start date (${client.recoveryStartDate})` });
      }
      refuseInput(problems);

      const reset = await manager.getRepository(RecoveryStartResetEntity).save({
        organizationId: client.organizationId,
        clientId: client.id,
        previousStartDate: client.recoveryStartDate,
        newStartDate: input.newStartDate,
        reason: input.reason,
        confirmedById: me.id,
      });
      const result = await manager
        .createQueryBuilder()
        .update(ClientEntity)
        .set({ recoveryStartDate: input.newStartDate })
        .where('id = :clientId AND version = :expectedVersion', { clientId: client.id, expectedVersion: input.expectedVersion })
        .execute();
      if (result.affected === 0) {
        throw await staleWriteError(manager, CLIENT, client.id, await manager.getRepository(ClientEntity).findOneByOrFail({ id: client.id }));
      }
      await this.audit.record(
        { actor: me, requestId, action: 'UPDATE', entityType: 'Client', entityIds: [client.id], fields: ['recoveryStartDate'] },
        manager,
      );
      await this.audit.record(
        {
          actor: me,
          requestId,
          action: 'CREATE',
          entityType: 'RecoveryStartReset',
          entityIds: [reset.id],
          fields: ['previousStartDate', 'newStartDate', 'reason'],
        },
        manager,
      );
      return manager.getRepository(ClientEntity).findOneOrFail({ where: { id: client.id }, relations: { program: true } });
    });
  }
}
