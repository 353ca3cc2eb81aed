import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import {
  AddProgressNoteAddendumInput,
  ProgressNoteIdArgs,
  ProgressNoteVersionArgs,
  ProgressNotesArgs,
  SaveProgressNoteDraftInput,
  StartProgressNoteInput,
} from './progress-note.inputs';
import { ProgressNoteModel } from './progress-note.model';
import { ProgressNotesService } from './progress-notes.service';

/** Progress notes: counselors and supervisors write them; peer workers read them only under the client's consent. */
@Resolver(() => ProgressNoteModel)
export class ProgressNotesResolver {
  constructor(private readonly notes: ProgressNotesService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [ProgressNoteModel], {
    description:
      "A client's signed notes and your own drafts, newest session first, filterable by objective, format and session type. " +
      "Peer support workers only under the client's consent naming the peer support team for progress notes.",
  })
  async progressNotes(@Ctx() ctx: RequestContext, @Args() args: ProgressNotesArgs): Promise<ProgressNoteModel[]> {
    return this.notes.list(ctx, args);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => ProgressNoteModel, { description: 'One note: a signed note of a client you see, or your own draft.' })
  async progressNote(@Ctx() ctx: RequestContext, @Args() args: ProgressNoteIdArgs): Promise<ProgressNoteModel> {
    return this.notes.one(ctx, args.noteId);
  }

  @AllowRoles(StaffRole.SUPERVISOR)
  @Query(() => [ProgressNoteModel], { description: 'Signed notes of your team that wait for your co-signature, oldest session first.' })
  async progressNotesAwaitingCosignature(@Ctx() ctx: RequestContext): Promise<ProgressNoteModel[]> {
    return this.notes.awaitingCosignature(ctx);
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ProgressNoteModel, { description: "Opens a draft note for a session with one of your clients; it is saved as you write it." })
  async startProgressNote(@WriteCtx() ctx: WriteContext, @Args('input') input: StartProgressNoteInput): Promise<ProgressNoteModel> {
    return this.notes.start(ctx, input);
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ProgressNoteModel, { description: 'Saves your draft as it now reads. A signed note is locked: this is refused, and nothing changes.' })
  async saveProgressNoteDraft(@WriteCtx() ctx: WriteContext, @Args('input') input: SaveProgressNoteDraftInput): Promise<ProgressNoteModel> {
    return this.notes.saveDraft(ctx, input);
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ProgressNoteModel, {
    description: "Signs and locks your draft. If you need co-signature it then waits in your supervisor's queue.",
  })
  async signProgressNote(@WriteCtx() ctx: WriteContext, @Args() args: ProgressNoteVersionArgs): Promise<ProgressNoteModel> {
    return this.notes.sign(ctx, args.noteId, args.expectedVersion);
  }

  @AllowRoles(StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ProgressNoteModel, { description: 'Co-signs a signed note of a staff member you supervise.' })
  async cosignProgressNote(@WriteCtx() ctx: WriteContext, @Args() args: ProgressNoteIdArgs): Promise<ProgressNoteModel> {
    return this.notes.cosign(ctx, args.noteId);
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ProgressNoteModel, { description: 'Adds a dated, signed addendum to a signed note; the note itself never changes.' })
  async addProgressNoteAddendum(@WriteCtx() ctx: WriteContext, @Args('input') input: AddProgressNoteAddendumInput): Promise<ProgressNoteModel> {
    return this.notes.addAddendum(ctx, input);
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => Boolean, { description: 'Deletes your draft. A signed note cannot be discarded.' })
  async discardProgressNoteDraft(@WriteCtx() ctx: WriteContext, @Args() args: ProgressNoteVersionArgs): Promise<boolean> {
    return this.notes.discardDraft(ctx, args.noteId, args.expectedVersion);
  }
}
