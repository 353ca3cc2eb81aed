import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { ProgramModel } from '@carecircle/api/organizations';
import { CreateProgramInput, ProgramIdArgs, RiskThresholdPreviewArgs, UpdateProgramInput, UpdateRiskThresholdsInput } from './program.inputs';
import { RiskThresholdPreviewModel } from './program.models';
import { ProgramsService } from './programs.service';

/** Creating and editing programs (administrators) and their risk thresholds (administrators and clinical supervisors). */
@Resolver(() => ProgramModel)
export class ProgramSettingsResolver {
  constructor(private readonly programs: ProgramsService) {}

  @AllowRoles(StaffRole.ADMIN, StaffRole.SUPERVISOR)
  @Query(() => ProgramModel, { description: 'One program with its settings. Supervisors: a program they work in.' })
  async program(@Ctx() ctx: RequestContext, @Args() args: ProgramIdArgs): Promise<ProgramModel> {
    return this.programs.one(ctx, args.programId);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => ProgramModel, { description: 'Creates a program. Its name must be new in the organization (reason NAME_TAKEN).' })
  async createProgram(@WriteCtx() ctx: WriteContext, @Args('input') input: CreateProgramInput): Promise<ProgramModel> {
    return this.programs.create(ctx, input);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => ProgramModel, { description: "Changes a program's name and defaults, and its risk thresholds when given." })
  async updateProgram(@WriteCtx() ctx: WriteContext, @Args('input') input: UpdateProgramInput): Promise<ProgramModel> {
    return this.programs.update(ctx, input);
  }

  @AllowRoles(StaffRole.ADMIN, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ProgramModel, { description: "Sets a program's risk thresholds; a setting left out goes back to its default." })
  async updateRiskThresholds(@WriteCtx() ctx: WriteContext, @Args('input') input: UpdateRiskThresholdsInput): Promise<ProgramModel> {
    return this.programs.updateThresholds(ctx, input.programId, input.thresholds);
  }

  @AllowRoles(StaffRole.ADMIN, StaffRole.SUPERVISOR)
  @Query(() => RiskThresholdPreviewModel, {
    description: 'How many clients proposed thresholds would flag more or fewer than the thresholds in force. Counts only, never who.',
  })
  async riskThresholdPreview(@Ctx() ctx: RequestContext, @Args() args: RiskThresholdPreviewArgs): Promise<RiskThresholdPreviewModel> {
    return this.programs.preview(ctx, args.programId, args.thresholds);
  }
}
