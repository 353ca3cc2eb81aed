import { Injectable } from '@nestjs/common';
import { parseISO, subYears } from 'date-fns';
import { AuditAction, AuditEntityType, ClientStatus, milestonesBetween, toIsoDate, type IsoDate, type Milestone } from '@carecircle/shared/domain';
import { ApiError, Clock, type FieldProblem, type RequestContext, type WriteContext, refuseDayRange, refuseInput } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { ClientAccessPolicy, ClientEntity, RecoveryStartResetEntity, type EditableClient, type VisibleClient } from '@carecircle/api/clients';
import type { ResetRecoveryStartDateInput } from './reset-recovery-start-date.input';

export const MAX_MILESTONE_WINDOW_DAYS = 366;
/** How far before admission a recovery start date may lie. */
const MAX_YEARS_BEFORE_ADMISSION = 5;

/** Recovery milestones across the caller's clients, and the counselor-confirmed reset of the start date. */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  /**
   * Milestones falling from `from` to `to` for the clients the caller sees that are not
   * discharged, by date then client name. The milestone rule is the pure one in shared/domain.
   * Only the clients with a milestone in the window are disclosed (and recorded as read).
   */
  async reached(ctx: RequestContext, from: IsoDate, to: IsoDate): Promise<Array<{ client: VisibleClient; milestone: Milestone }>> {
    refuseDayRange(from, to, MAX_MILESTONE_WINDOW_DAYS, 'the window');
    const clients = await this.access
      .visibleClients(ctx)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.status <> :discharged', { discharged: ClientStatus.DISCHARGED })
      .andWhere('client.recovery_start_date IS NOT NULL AND client.recovery_start_date <= :to', { to })
      .orderBy('client.last_name', 'ASC')
      .addOrderBy('client.first_name', 'ASC')
      .addOrderBy('client.id', 'ASC')
      .getMany();
    const milestonesOf = (client: ClientEntity): Milestone[] =>
      client.recoveryStartDate ? milestonesBetween(client.recoveryStartDate, from, to) : [];
    const disclosed = this.access.disclose(ctx, clients.filter((client) => milestonesOf(client).length > 0));
    const reached = disclosed.flatMap((client) => milestonesOf(client).map((milestone) => ({ client, milestone })));
    // Stable sort: clients were already in name order.
    reached.sort((a, b) => (a.milestone.date < b.milestone.date ? -1 : a.milestone.date > b.milestone.date ? 1 : 0));
    return reached;
  }

  async resetRecoveryStartDate(ctx: WriteContext, input: ResetRecoveryStartDateInput): Promise<EditableClient> {
    const client = await this.access.findEditableClient(ctx, input.clientId);
    await assertCurrentVersion(ctx, ClientEntity, client, input.expectedVersion);
    if (client.status === ClientStatus.DISCHARGED) {
      throw ApiError.conflict(`This client was discharged on ${client.dischargeDate ?? 'an unrecorded date'}; the recovery start date is closed.`, {
        entity: AuditEntityType.CLIENT,
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

    const reset = await ctx.manager.getRepository(RecoveryStartResetEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      previousStartDate: client.recoveryStartDate,
      newStartDate: input.newStartDate,
      reason: input.reason,
      confirmedById: ctx.staffId,
    });
    await versionedUpdate(ctx, ClientEntity, client.id, input.expectedVersion, { recoveryStartDate: input.newStartDate });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], ['recoveryStartDate']);
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.RECOVERY_START_RESET, [reset.id], ['previousStartDate', 'newStartDate', 'reason']);
    return this.access.reloadEditable(ctx, client);
  }
}
