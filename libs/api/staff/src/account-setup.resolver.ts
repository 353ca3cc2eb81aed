import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { AuthSessionModel, Ctx, Public, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { AccountSetupService } from './account-setup.service';
import { AccountSetupLinkModel } from './setup-link.model';
import { AccountSetupTokenArgs, CompleteAccountSetupInput } from './staff.inputs';

/**
 * The setup page's two operations. Public: the person has no password yet; the 256-bit token in
 * the link is what proves who they are.
 */
@Resolver(() => AccountSetupLinkModel)
export class AccountSetupResolver {
  constructor(private readonly setup: AccountSetupService) {}

  @Public()
  @Query(() => AccountSetupLinkModel, { description: 'Whose link this is and what it is for; refused (LINK_INVALID) once used, replaced or expired.' })
  accountSetupLink(@Ctx() ctx: RequestContext, @Args() args: AccountSetupTokenArgs): Promise<AccountSetupLinkModel> {
    return this.setup.describe(ctx, args.token);
  }

  @Public()
  @Transaction()
  @Mutation(() => AuthSessionModel, { description: 'Sets your password through your one-time link and signs you in. The link then stops working.' })
  completeAccountSetup(@WriteCtx() ctx: WriteContext, @Args('input') input: CompleteAccountSetupInput): Promise<AuthSessionModel> {
    return this.setup.complete(ctx, input);
  }
}
