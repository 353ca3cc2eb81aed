import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MeasureAnswerError, MeasureInstrument, type IsoDate, type MeasureScore } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type FieldProblem } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type Actor } from '@carecircle/api/clients';
import type { AdministerMeasureInput } from './administer-measure.input';
import { DEFAULT_INSTRUMENT_VERSIONS, scoreAnswers } from './measure-answers';
import { MeasureAdministrationEntity } from './measure-administration.entity';
import type { MeasureAdministrationWithStaff } from './measure-administration.model';
import { MeasureDisclosurePolicy } from './measure-disclosure.policy';

/** The latest PHQ-9 of a client, for risk flags (item 9 above 0 is a safety flag). */
export interface LatestPhq9 {
  administeredOn: IsoDate;
  item9: number;
}

function refuseInput(problems: FieldProblem[]): void {
  if (problems.length) throw ApiError.badInput(`Please correct the input: ${problems.map((p) => p.problem).join('; ')}.`, problems);
}

/**
 * Standardized measures: administered by the client's counselor or supervisor and scored here with
 * the published rules in @carecircle/shared/domain, never from a score the caller sends.
 */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly disclosure: MeasureDisclosurePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async administer({ me, requestId }: Actor, input: AdministerMeasureInput): Promise<MeasureAdministrationWithStaff> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, input.clientId, manager);
      const administeredOn = input.administeredOn ?? this.clock.today();
      const problems: FieldProblem[] = [];
      if (administeredOn > this.clock.today()) problems.push({ field: 'administeredOn', problem: 'administeredOn cannot be in the future' });
      if (input.instrument !== MeasureInstrument.BAM && input.substancesNamed.length) {
        problems.push({ field: 'substancesNamed', problem: 'substancesNamed is recorded for the BAM (items 7A–7G) only' });
      }
      refuseInput(problems);
      let score: MeasureScore;
      try {
        score = scoreAnswers(input.instrument, input.answers);
      } catch (error) {
        if (error instanceof MeasureAnswerError) throw ApiError.badInput(error.message, [{ field: 'answers', problem: error.message }]);
        throw error;
      }
      const saved = await manager.getRepository(MeasureAdministrationEntity).save({
        organizationId: client.organizationId,
        clientId: client.id,
        instrument: input.instrument,
        instrumentVersion: input.instrumentVersion ?? DEFAULT_INSTRUMENT_VERSIONS[input.instrument],
        administeredOn,
        answers: input.answers,
        substancesNamed: input.substancesNamed,
        total: score.total,
        band: score.band,
        subscores: score.subscores,
        alerts: score.alerts,
        administeredById: me.id,
      });
      const fields = ['instrument', 'instrumentVersion', 'administeredOn', 'answers', 'total', 'band', 'subscores', 'alerts'];
      if (saved.substancesNamed.length) fields.push('substancesNamed');
      await this.audit.record({ actor: me, requestId, action: 'CREATE', entityType: 'MeasureAdministration', entityIds: [saved.id], fields }, manager);
      const administeredBy = await manager.getRepository(StaffUserEntity).findOneByOrFail({ id: me.id });
      return Object.assign(new MeasureAdministrationEntity(), saved, { administeredBy });
    });
  }

  /** Oldest first, for trend charts. */
  async history(
    { me, requestId }: Actor,
    args: { clientId: string; instrument?: MeasureInstrument | null },
    request: object,
  ): Promise<MeasureAdministrationWithStaff[]> {
    const client = await this.access.findVisibleClient(me, args.clientId, this.dataSource.manager);
    await this.disclosure.assertMaySee(me, client.id, request);
    const qb = this.withStaff().where('ma.client_id = :clientId', { clientId: client.id });
    if (args.instrument) qb.andWhere('ma.instrument = :instrument', { instrument: args.instrument });
    const rows = await qb.orderBy('ma.administeredOn', 'ASC').addOrderBy('ma.createdAt', 'ASC').getMany();
    if (rows.length) {
      await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'MeasureAdministration', entityIds: rows.map((r) => r.id) });
    } else {
      await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'Client', entityIds: [client.id], fields: ['measureHistory'] });
    }
    return rows;
  }

  /**
   * The latest administration of each instrument for many clients, in one DISTINCT ON query,
   * grouped in the order asked; audited as one LIST. Callers scoped the clients and checked disclosure.
   */
  async latestForClients({ me, requestId }: Actor, clientIds: readonly string[]): Promise<MeasureAdministrationWithStaff[][]> {
    const rows = clientIds.length
      ? await this.withStaff()
          .distinctOn(['ma.client_id', 'ma.instrument'])
          .where('ma.client_id IN (:...clientIds)', { clientIds })
          .orderBy('ma.clientId', 'ASC')
          .addOrderBy('ma.instrument', 'ASC')
          .addOrderBy('ma.administeredOn', 'DESC')
          .addOrderBy('ma.createdAt', 'DESC')
          .getMany()
      : [];
    await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'MeasureAdministration', entityIds: rows.map((r) => r.id) });
    return groupByKey(clientIds, rows, (row) => row.clientId);
  }

  /**
   * The latest PHQ-9 per client with its item 9, in one query, for risk flags. Not audited and not
   * scoped: the caller has already scoped the clients and records its own read.
   */
  async latestPhq9ByClient(clientIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, LatestPhq9>> {
    if (!clientIds.length) return new Map();
    const rows = (await manager.query(
      `SELECT DISTINCT ON (client_id) client_id AS "clientId", to_char(administered_on, 'YYYY-MM-DD') AS "administeredOn", answers[9] AS "item9"
         FROM measure_administration
        WHERE client_id = ANY($1::uuid[]) AND instrument = $2
        ORDER BY client_id, administered_on DESC, created_at DESC`,
      [clientIds, MeasureInstrument.PHQ_9],
    )) as Array<{ clientId: string; administeredOn: IsoDate; item9: number }>;
    return new Map(rows.map((row) => [row.clientId, { administeredOn: row.administeredOn, item9: Number(row.item9) }]));
  }

  private withStaff() {
    return this.dataSource.getRepository(MeasureAdministrationEntity).createQueryBuilder('ma').innerJoinAndSelect('ma.administeredBy', 'administeredBy');
  }
}
