import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { Transaction } from '@carecircle/api/audit';
import { AllowRoles, AuthSessionModel, Ctx, Public, WriteCtx } from '@carecircle/api/auth';
import { OrganizationSettingsModel, SetUpOrganizationInput, SetupStatusModel, UpdateOrganizationSettingsInput } from './organization-settings.model';
import { SetupService } from './setup.service';

@Resolver()
export class SetupResolver {
  constructor(private readonly setup: SetupService) {}

  /** Public: the sign-in page asks it to decide whether to offer "Set up CareCircle". */
  @Public()
  @Query(() => SetupStatusModel, { description: 'Whether the first-run setup is still open (no organization exists yet).' })
  async setupStatus(): Promise<SetupStatusModel> {
    return { needsSetup: await this.setup.needsSetup() };
  }

  /** Public, once: refused for good (CONFLICT, reason ALREADY_SET_UP, audited) as soon as any organization exists. */
  @Public()
  @Transaction()
  @Mutation(() => AuthSessionModel, {
    description: 'First-run setup: creates the organization and its first administrator, and signs them in. Only while no organization exists.',
  })
  setUpOrganization(@WriteCtx() ctx: WriteContext, @Args('input') input: SetUpOrganizationInput): Promise<AuthSessionModel> {
    return this.setup.setUp(ctx, input);
  }
}

@Resolver()
export class OrganizationSettingsResolver {
  constructor(private readonly setup: SetupService) {}

  @AllowRoles(StaffRole.ADMIN)
  @Query(() => OrganizationSettingsModel, { description: "The signed-in administrator's organization: name and time zone." })
  organizationSettings(@Ctx() ctx: RequestContext): Promise<OrganizationSettingsModel> {
    return this.setup.settings(ctx);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => OrganizationSettingsModel, { description: "Renames the administrator's own organization or changes its time zone." })
  updateOrganizationSettings(
    @WriteCtx() ctx: WriteContext,
    @Args('input') input: UpdateOrganizationSettingsInput,
  ): Promise<OrganizationSettingsModel> {
    return this.setup.updateSettings(ctx, input);
  }
}
