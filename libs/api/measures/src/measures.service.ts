import { Injectable } from '@nestjs/common';
import {
  AuditAction,
  AuditEntityType,
  ConsentScope,
  MEASURE_INSTRUMENT_VERSIONS,
  MeasureAnswerError,
  MeasureInstrument,
  measureForm,
  type IsoDate,
  type MeasureScore,
} from '@carecircle/shared/domain';
import {
  ApiError,
  Clock,
  groupByKey,
  type FieldProblem,
  type RequestContext,
  type WriteContext,
  refuseInput,
} from '@carecircle/api/platform';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type VisibleClientIds } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import type { AdministerMeasureInput } from './administer-measure.input';
import { scoreAnswers } from './measure-answers';
import { MeasureAdministrationEntity } from './measure-administration.entity';
import type { MeasureAdministrationWithStaff } from './measure-administration.model';

/** The latest PHQ-9 of a client, for risk flags (item 9 above 0 is a safety flag). */
export interface LatestPhq9 {
  administeredOn: IsoDate;
  item9: number;
}

/**
 * Standardized measures: administered by the client's counselor or supervisor and scored here with
 * the published rules in @carecircle/shared/domain, never from a score the caller sends.
 */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly disclosure: DisclosurePolicy,
    private readonly clock: Clock,
  ) {}

  async administer(ctx: WriteContext, input: AdministerMeasureInput): Promise<MeasureAdministrationWithStaff> {
    const client = await this.access.findEditableClient(ctx, input.clientId);
    const administeredOn = input.administeredOn ?? this.clock.today();
    const problems: FieldProblem[] = [];
    if (administeredOn > this.clock.today()) problems.push({ field: 'administeredOn', problem: 'administeredOn cannot be in the future' });
    if (input.instrument !== MeasureInstrument.BAM && input.substancesNamed.length) {
      problems.push({ field: 'substancesNamed', problem: 'substancesNamed is recorded for the BAM (items 7A–7G) only' });
    }
    // The server scores one published form per instrument; answers given under another cannot be scored here.
    const instrumentVersion = input.instrumentVersion ?? MEASURE_INSTRUMENT_VERSIONS[input.instrument];
    if (instrumentVersion !== MEASURE_INSTRUMENT_VERSIONS[input.instrument]) {
      const form = measureForm(input.instrument);
      problems.push({
        field: 'instrumentVersion',
        problem: `instrumentVersion must be '${form.version}', the ${form.name} form this server scores`,
      });
    }
    refuseInput(problems);
    let score: MeasureScore;
    try {
      score = scoreAnswers(input.instrument, input.answers);
    } catch (error) {
      // The field names the answer's position (answers.8 is the ninth answer), as the form names its fields.
      if (error instanceof MeasureAnswerError) {
        const field = error.answerIndex === null ? 'answers' : `answers.${error.answerIndex}`;
        throw ApiError.badInput(error.message, [{ field, problem: error.message }]);
      }
      throw error;
    }
    const saved = await ctx.manager
      .getRepository(MeasureAdministrationEntity)
      .save({
        organizationId: client.organizationId,
        clientId: client.id,
        instrument: input.instrument,
        instrumentVersion,
        administeredOn,
        answers: input.answers,
        substancesNamed: input.substancesNamed,
        total: score.total,
        band: score.band,
        subscores: score.subscores,
        alerts: score.alerts,
        administeredById: ctx.staffId,
      });
    const fields = ['instrument', 'instrumentVersion', 'administeredOn', 'answers', 'total', 'band', 'subscores', 'alerts'];
    if (saved.substancesNamed.length) fields.push('substancesNamed');
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.MEASURE_ADMINISTRATION, [saved.id], fields);
    const administeredBy = await ctx.manager.getRepository(StaffUserEntity).findOneByOrFail({ id: ctx.staffId });
    return Object.assign(new MeasureAdministrationEntity(), saved, { administeredBy });
  }

  /** Oldest first, for trend charts; the client is recorded as disclosed to the caller. */
  async history(
    ctx: RequestContext,
    args: { clientId: string; instrument?: MeasureInstrument | null },
  ): Promise<MeasureAdministrationWithStaff[]> {
    const client = await this.access.findVisibleClient(ctx, args.clientId);
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.MEASURES);
    const qb = this.withStaff(ctx).where('ma.client_id = :clientId', { clientId: client.id });
    if (args.instrument) qb.andWhere('ma.instrument = :instrument', { instrument: args.instrument });
    return qb.orderBy('ma.administeredOn', 'ASC').addOrderBy('ma.createdAt', 'ASC').getMany();
  }

  /**
   * The latest administration of each instrument for a page of visible clients, in one DISTINCT ON
   * query, grouped in the order asked. Consent is the caller's check.
   */
  async latestForClients(ctx: RequestContext, clientIds: VisibleClientIds): Promise<MeasureAdministrationWithStaff[][]> {
    const rows = clientIds.length
      ? await this.withStaff(ctx)
          .distinctOn(['ma.client_id', 'ma.instrument'])
          .where('ma.client_id IN (:...clientIds)', { clientIds })
          .orderBy('ma.clientId', 'ASC')
          .addOrderBy('ma.instrument', 'ASC')
          .addOrderBy('ma.administeredOn', 'DESC')
          .addOrderBy('ma.createdAt', 'DESC')
          .getMany()
      : [];
    return groupByKey(clientIds, rows, (row) => row.clientId as (typeof clientIds)[number]);
  }

  /** The latest PHQ-9 per visible client with its item 9, in one query, for risk flags. Records no read. */
  async latestPhq9ByClient(ctx: RequestContext, clientIds: VisibleClientIds): Promise<Map<string, LatestPhq9>> {
    if (!clientIds.length) return new Map();
    const rows = (await ctx.manager.query(
      `SELECT DISTINCT ON (client_id) client_id AS "clientId", to_char(administered_on, 'YYYY-MM-DD') AS "administeredOn", answers[9] AS "item9"
         FROM measure_administration
        WHERE client_id = ANY($1::uuid[]) AND instrument = $2
        ORDER BY client_id, administered_on DESC, created_at DESC`,
      [[...clientIds], MeasureInstrument.PHQ_9],
    )) as Array<{ clientId: string; administeredOn: IsoDate; item9: number }>;
    return new Map(rows.map((row) => [row.clientId, { administeredOn: row.administeredOn, item9: Number(row.item9) }]));
  }

  private withStaff(ctx: RequestContext) {
    return ctx.manager
      .getRepository(MeasureAdministrationEntity)
      .createQueryBuilder('ma')
      .innerJoinAndSelect('ma.administeredBy', 'administeredBy');
  }
}
