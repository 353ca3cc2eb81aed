import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  ApiErrorCode,
  AuditAction,
  AuditEntityType,
  ConsentScope,
  PROGRESS_NOTE_SECTIONS,
  ProgressNoteStatus,
  SessionAttendance,
  StaffRole,
  progressNoteSigningProblems,
  type CarePlanContent,
  type CarePlanObjective,
  type IsoDate,
} from '@carecircle/shared/domain';
import { ApiError, Clock, refuseInput, type FieldProblem, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type EditableClient, type VisibleClient } from '@carecircle/api/clients';
import { CarePlanEntity } from '@carecircle/api/care-plans';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import { ProgressNoteAddendumEntity, ProgressNoteEntity, ProgressNoteObjectiveEntity, type ProgressNoteSectionTexts } from './progress-note.entity';
import { ProgressNoteModel, type LoadedProgressNote } from './progress-note.model';
import type { AddProgressNoteAddendumInput, ProgressNotesArgs, SaveProgressNoteDraftInput, StartProgressNoteInput } from './progress-note.inputs';

const NOTE = AuditEntityType.PROGRESS_NOTE;

/**
 * Progress notes: written by the client's counselor or their supervisor (peer workers keep their
 * contact log instead), read by the care team, and by peer workers only under a consent covering
 * progress notes. A draft belongs to its author alone; signing locks it.
 */
@Injectable()
export class ProgressNotesService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly disclosure: DisclosurePolicy,
    private readonly clock: Clock,
  ) {}

  async start(ctx: WriteContext, input: StartProgressNoteInput): Promise<ProgressNoteModel> {
    const client = await this.access.findEditableClient(ctx, input.clientId);
    const sessionDate = input.sessionDate ?? this.clock.today();
    refuseInput(this.sessionDateProblems(sessionDate));
    const saved = await ctx.manager.getRepository(ProgressNoteEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      authorId: ctx.staffId,
      format: input.format,
      sessionType: input.sessionType,
      sessionDate,
      attendance: SessionAttendance.ATTENDED,
      sections: {},
      status: ProgressNoteStatus.DRAFT,
      updatedById: ctx.staffId,
    });
    ctx.recordWrite(AuditAction.CREATE, NOTE, [saved.id], ['format', 'sessionType', 'sessionDate', 'attendance']);
    return this.present(ctx, client, saved.id);
  }

  /** Replaces the author's draft with what they see now: session fields, sections and the objectives it addressed. */
  async saveDraft(ctx: WriteContext, input: SaveProgressNoteDraftInput): Promise<ProgressNoteModel> {
    const { note, client } = await this.findOwnDraft(ctx, input.noteId, 'changed');
    await assertCurrentVersion(ctx, ProgressNoteEntity, note, input.expectedVersion);
    const problems: FieldProblem[] = [...this.sessionDateProblems(input.sessionDate)];
    const allowed = new Set(PROGRESS_NOTE_SECTIONS[input.format].map((s) => s.key));
    const sections: ProgressNoteSectionTexts = {};
    input.sections.forEach((section, i) => {
      if (!allowed.has(section.key)) {
        problems.push({ field: `sections.${i}.key`, problem: `${input.format} notes have no '${section.key}' section (they have ${[...allowed].join(', ')})` });
      } else if (section.key in sections) {
        problems.push({ field: `sections.${i}.key`, problem: `the ${section.key} section is given twice` });
      } else {
        sections[section.key] = section.text;
      }
    });
    const links = await this.addressedObjectives(ctx, client, input, problems);
    refuseInput(problems);

    const changes = {
      format: input.format,
      sessionType: input.sessionType,
      sessionDate: input.sessionDate as IsoDate,
      startTime: input.startTime ? `${input.startTime}:00` : null,
      durationMinutes: input.durationMinutes ?? null,
      attendance: input.attendance,
      modality: input.modality ?? null,
      sections,
    };
    const touched = (Object.keys(changes) as Array<keyof typeof changes>).filter((key) => comparable(key, note[key]) !== comparable(key, changes[key]));
    await versionedUpdate(ctx, ProgressNoteEntity, note.id, input.expectedVersion, changes);
    const before = await ctx.manager.getRepository(ProgressNoteObjectiveEntity).findBy({ noteId: note.id });
    const linksChanged = JSON.stringify(before.map(linkKey).sort()) !== JSON.stringify(links.map(linkKey).sort());
    if (linksChanged) {
      await ctx.manager.getRepository(ProgressNoteObjectiveEntity).delete({ noteId: note.id });
      if (links.length) await ctx.manager.getRepository(ProgressNoteObjectiveEntity).insert(links);
    }
    ctx.recordWrite(AuditAction.UPDATE, NOTE, [note.id], linksChanged ? [...touched, 'objectives'] : touched);
    return this.present(ctx, client, note.id);
  }

  /** Locks the draft under the author's signature; a note of staff who need co-signature joins their supervisor's queue. */
  async sign(ctx: WriteContext, noteId: string, expectedVersion: number): Promise<ProgressNoteModel> {
    const { note, client } = await this.findOwnDraft(ctx, noteId, 'signed again');
    await assertCurrentVersion(ctx, ProgressNoteEntity, note, expectedVersion);
    const problems = progressNoteSigningProblems(
      {
        format: note.format,
        attendance: note.attendance,
        sessionDate: note.sessionDate,
        startTime: note.startTime,
        durationMinutes: note.durationMinutes,
        sections: Object.entries(note.sections).map(([key, text]) => ({ key, text })),
      },
      this.clock.today(),
    );
    if (problems.length) {
      throw ApiError.badInput(`The note is not ready to sign: ${problems.map((p) => p.problem).join(' ')}`, problems);
    }
    const author = await ctx.manager.getRepository(StaffUserEntity).findOneByOrFail({ id: ctx.staffId });
    // A note that needs a co-signature nobody is asked for would wait forever.
    if (author.requiresCosignature && !author.supervisorId) {
      throw ApiError.conflict(
        'Your notes need a clinical supervisor’s co-signature, and no supervisor is on record for you. Ask an administrator to set your supervisor, then sign.',
        { noteId: note.id },
      );
    }
    // Sections of another template, left from before the format changed, are not part of what is signed.
    const kept = Object.fromEntries(PROGRESS_NOTE_SECTIONS[note.format].map((s) => [s.key, note.sections[s.key] ?? '']));
    await versionedUpdate(ctx, ProgressNoteEntity, note.id, expectedVersion, {
      status: ProgressNoteStatus.SIGNED,
      signedAt: this.clock.now(),
      cosignatureRequired: author.requiresCosignature,
      sections: kept,
    });
    const sectionsChanged = comparable('sections', note.sections) !== comparable('sections', kept);
    ctx.recordWrite(AuditAction.UPDATE, NOTE, [note.id], ['status', 'signedAt', 'cosignatureRequired', ...(sectionsChanged ? ['sections'] : [])]);
    return this.present(ctx, client, note.id);
  }

  /** The author's supervisor co-signs a note that waits for it; nothing of the note changes. */
  async cosign(ctx: WriteContext, noteId: string): Promise<ProgressNoteModel> {
    const { note, client } = await this.findNote(ctx, noteId, 'read');
    const author = await ctx.manager.getRepository(StaffUserEntity).findOneByOrFail({ id: note.authorId });
    if (ctx.role !== StaffRole.SUPERVISOR || author.supervisorId !== ctx.staffId) {
      throw ApiError.forbidden(`Only ${author.displayName}'s clinical supervisor can co-sign their notes.`, { entity: NOTE, id: note.id });
    }
    if (note.status !== ProgressNoteStatus.SIGNED || !note.cosignatureRequired || note.cosignedAt) {
      throw ApiError.conflict(
        note.cosignedAt ? 'This note is already co-signed.' : note.status === ProgressNoteStatus.DRAFT ? 'A draft is co-signed after its author signs it.' : 'This note needs no co-signature.',
        { noteId: note.id, status: note.status },
      );
    }
    await versionedUpdate(ctx, ProgressNoteEntity, note.id, note.version, { cosignedAt: this.clock.now(), cosignedById: ctx.staffId });
    ctx.recordWrite(AuditAction.UPDATE, NOTE, [note.id], ['cosignedAt', 'cosignedById']);
    return this.present(ctx, client, note.id);
  }

  /** A signed note is never edited: what was missed or is wrong goes in a dated, signed addendum. */
  async addAddendum(ctx: WriteContext, input: AddProgressNoteAddendumInput): Promise<ProgressNoteModel> {
    const { note, client } = await this.findNote(ctx, input.noteId, 'edit');
    if (note.status !== ProgressNoteStatus.SIGNED) {
      throw ApiError.conflict('This note is still a draft: change the draft itself; addenda are for signed notes.', { noteId: note.id, status: note.status });
    }
    const saved = await ctx.manager.getRepository(ProgressNoteAddendumEntity).save({ noteId: note.id, authorId: ctx.staffId, body: input.text });
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.PROGRESS_NOTE_ADDENDUM, [saved.id], ['noteId', 'body']);
    return this.present(ctx, client, note.id);
  }

  /** A draft its author no longer wants; a signed note cannot be discarded. */
  async discardDraft(ctx: WriteContext, noteId: string, expectedVersion: number): Promise<boolean> {
    const { note } = await this.findOwnDraft(ctx, noteId, 'discarded');
    await assertCurrentVersion(ctx, ProgressNoteEntity, note, expectedVersion);
    await ctx.manager.getRepository(ProgressNoteEntity).delete({ id: note.id, status: ProgressNoteStatus.DRAFT });
    ctx.recordWrite(AuditAction.DELETE, NOTE, [note.id]);
    return true;
  }

  /** The client's signed notes and the caller's own drafts, newest session first. */
  async list(ctx: RequestContext, args: ProgressNotesArgs): Promise<ProgressNoteModel[]> {
    const client = await this.access.findVisibleClient(ctx, args.clientId);
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.PROGRESS_NOTES);
    const qb = this.loading(ctx)
      .andWhere('note.client_id = :clientId', { clientId: client.id })
      .andWhere('(note.status = :signed OR note.author_id = :me)', { signed: ProgressNoteStatus.SIGNED, me: ctx.staffId });
    if (args.format) qb.andWhere('note.format = :format', { format: args.format });
    if (args.sessionType) qb.andWhere('note.session_type = :sessionType', { sessionType: args.sessionType });
    if (args.objectiveId) {
      qb.andWhere('EXISTS (SELECT 1 FROM progress_note_objective f WHERE f.note_id = note.id AND f.objective_id = :objectiveId)', { objectiveId: args.objectiveId });
    }
    const notes = await this.newestFirst(qb).getMany();
    ctx.recordRead(NOTE, notes.map((n) => n.id));
    const today = this.clock.today();
    return notes.map((note) => ProgressNoteModel.from(note as LoadedProgressNote, client, today));
  }

  async one(ctx: RequestContext, noteId: string): Promise<ProgressNoteModel> {
    const { note, client } = await this.findNote(ctx, noteId, 'read');
    return this.present(ctx, client, note.id);
  }

  /**
   * Signed notes of the supervisor's team that wait for their co-signature, oldest session first,
   * among clients the supervisor sees.
   */
  async awaitingCosignature(ctx: RequestContext): Promise<ProgressNoteModel[]> {
    if (ctx.role !== StaffRole.SUPERVISOR) return [];
    const qb = this.loading(ctx)
      .innerJoinAndSelect('note.client', 'client')
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('note.status = :signed AND note.cosignature_required AND note.cosigned_at IS NULL', { signed: ProgressNoteStatus.SIGNED })
      .andWhere('author.supervisor_id = :me', { me: ctx.staffId });
    this.access.restrictToVisible(qb, ctx, 'client');
    const notes = await qb.orderBy('note.session_date', 'ASC').addOrderBy('note.signed_at', 'ASC').getMany();
    const clients = this.access.disclose(ctx, notes.map((n) => n.client!));
    ctx.recordRead(NOTE, notes.map((n) => n.id));
    const today = this.clock.today();
    return notes.map((note, i) => ProgressNoteModel.from(note as LoadedProgressNote, clients[i]!, today));
  }

  private sessionDateProblems(sessionDate: string): FieldProblem[] {
    return sessionDate > this.clock.today() ? [{ field: 'sessionDate', problem: 'sessionDate cannot be in the future: a note records a session that took place' }] : [];
  }

  /**
   * The objective links as rows, each checked against the plan it names: the plan must be this
   * client's, the objective in it, and the interventions under that objective.
   */
  private async addressedObjectives(
    ctx: RequestContext,
    client: EditableClient,
    input: SaveProgressNoteDraftInput,
    problems: FieldProblem[],
  ): Promise<Array<Omit<ProgressNoteObjectiveEntity, 'note' | 'carePlan'>>> {
    const planIds = [...new Set(input.objectives.map((o) => o.carePlanId))];
    const plans = planIds.length
      ? await ctx.manager.getRepository(CarePlanEntity).findBy({ id: In(planIds), clientId: client.id, organizationId: client.organizationId })
      : [];
    const planById = new Map(plans.map((plan) => [plan.id, plan]));
    const seen = new Set<string>();
    const links: Array<Omit<ProgressNoteObjectiveEntity, 'note' | 'carePlan'>> = [];
    input.objectives.forEach((link, i) => {
      const plan = planById.get(link.carePlanId);
      const objective = plan ? findObjective(plan.content, link.objectiveId) : null;
      if (!plan) {
        problems.push({ field: `objectives.${i}.carePlanId`, problem: "the objective is not on this client's care plan" });
        return;
      }
      if (!objective) {
        problems.push({ field: `objectives.${i}.objectiveId`, problem: `care plan version ${plan.planVersion} has no objective ${link.objectiveId}` });
        return;
      }
      if (seen.has(link.objectiveId)) {
        problems.push({ field: `objectives.${i}.objectiveId`, problem: `the objective "${objective.description}" is listed twice` });
        return;
      }
      seen.add(link.objectiveId);
      const interventions = [];
      for (const id of new Set(link.interventionIds)) {
        const intervention = objective.interventions.find((it) => it.id === id);
        if (!intervention) {
          problems.push({ field: `objectives.${i}.interventionIds`, problem: `intervention ${id} is not under the objective "${objective.description}"` });
        } else {
          interventions.push({ id: intervention.id, description: intervention.description });
        }
      }
      links.push({
        noteId: input.noteId,
        objectiveId: objective.id,
        carePlanId: plan.id,
        objectiveDescription: objective.description,
        progress: link.progress,
        interventions,
        position: i,
      });
    });
    return links;
  }

  /**
   * The note and its client, if the caller may `read` it (sees the client, and the note is signed
   * or their own draft) or `edit` it (may change the client's record). NOT_FOUND otherwise, as for
   * an unknown id; FORBIDDEN for a peer without a consent covering notes.
   */
  private async findNote(ctx: RequestContext, noteId: string, purpose: 'read' | 'edit'): Promise<{ note: ProgressNoteEntity; client: VisibleClient }> {
    this.access.assertMayReadClinicalData(ctx.staff);
    const note = await ctx.manager.getRepository(ProgressNoteEntity).findOneBy({ id: noteId, organizationId: ctx.organizationId });
    if (!note || (note.status === ProgressNoteStatus.DRAFT && note.authorId !== ctx.staffId)) throw ApiError.notFound(NOTE, noteId);
    let client: VisibleClient;
    try {
      client = purpose === 'edit' ? await this.access.findEditableClient(ctx, note.clientId) : await this.access.findVisibleClient(ctx, note.clientId);
    } catch (error) {
      if (error instanceof ApiError && error.extensions['code'] === ApiErrorCode.NOT_FOUND) throw ApiError.notFound(NOTE, noteId);
      throw error;
    }
    if (purpose === 'edit') ctx.recordRead(AuditEntityType.CLIENT, [client.id]);
    await this.disclosure.assertMayDisclose(ctx, client.id, ConsentScope.PROGRESS_NOTES);
    return { note, client };
  }

  /** The caller's own draft, on a client whose record they may still change. A signed note is locked. */
  private async findOwnDraft(ctx: WriteContext, noteId: string, action: string): Promise<{ note: ProgressNoteEntity; client: EditableClient }> {
    const { note, client } = await this.findNote(ctx, noteId, 'edit');
    if (note.status !== ProgressNoteStatus.DRAFT) {
      throw ApiError.conflict(`This note was signed ${note.signedAt?.toISOString() ?? ''} and is locked, so it cannot be ${action}. Add an addendum instead.`, {
        noteId: note.id,
        status: note.status,
      });
    }
    if (note.authorId !== ctx.staffId) throw ApiError.notFound(NOTE, noteId);
    return { note, client: client as EditableClient };
  }

  private loading(ctx: RequestContext) {
    return ctx.manager
      .getRepository(ProgressNoteEntity)
      .createQueryBuilder('note')
      .innerJoinAndSelect('note.author', 'author')
      .leftJoinAndSelect('note.cosignedBy', 'cosignedBy')
      .leftJoinAndSelect('note.objectives', 'objectives')
      .leftJoinAndSelect('note.addenda', 'addenda')
      .leftJoinAndSelect('addenda.author', 'addendumAuthor')
      .andWhere('note.organization_id = :org', { org: ctx.organizationId });
  }

  private newestFirst<T extends ReturnType<ProgressNotesService['loading']>>(qb: T): T {
    return qb.orderBy('note.session_date', 'DESC').addOrderBy('note.start_time', 'DESC', 'NULLS LAST').addOrderBy('note.created_at', 'DESC') as T;
  }

  private async present(ctx: RequestContext, client: VisibleClient, noteId: string): Promise<ProgressNoteModel> {
    const note = await this.loading(ctx).andWhere('note.id = :noteId', { noteId }).getOneOrFail();
    ctx.recordRead(NOTE, [note.id]);
    return ProgressNoteModel.from(note as LoadedProgressNote, client, this.clock.today());
  }
}

function findObjective(content: CarePlanContent, objectiveId: string): CarePlanObjective | null {
  for (const problem of content.problems) {
    for (const goal of problem.goals) {
      const objective = goal.objectives.find((o) => o.id === objectiveId);
      if (objective) return objective;
    }
  }
  return null;
}

/**
 * A field's value in a form that compares equal when nothing changed: times as HH:MM:SS, and
 * sections with their keys sorted, since jsonb hands keys back in its own order (shortest first).
 */
function comparable(key: string, value: unknown): string {
  if (key === 'startTime' && typeof value === 'string') return JSON.stringify(value.slice(0, 8));
  if (key === 'sections' && value && typeof value === 'object') return JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(value ?? null);
}

function linkKey(link: Pick<ProgressNoteObjectiveEntity, 'objectiveId' | 'carePlanId' | 'progress' | 'interventions' | 'position'>): string {
  return JSON.stringify([link.objectiveId, link.carePlanId, link.progress, link.interventions, link.position]);
}

