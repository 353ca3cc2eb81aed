import { Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { CaseloadBalanceModel } from './caseload-balance.model';
import { CaseloadBalanceService } from './caseload-balance.service';

@Resolver(() => CaseloadBalanceModel)
export class CaseloadBalanceResolver {
  constructor(private readonly balance: CaseloadBalanceService) {}

  @AllowRoles(StaffRole.SUPERVISOR)
  @Query(() => CaseloadBalanceModel, {
    description:
      'For a clinical supervisor: one row per counselor and peer support worker on the team (and you, when you hold clients) with ' +
      'their clients in care split by acuity (URGENT flags; WARNING without URGENT) and level of care, and the clients whose current ' +
      'counselor or peer worker is deactivated.',
  })
  async caseloadBalance(@Ctx() ctx: RequestContext): Promise<CaseloadBalanceModel> {
    return this.balance.balance(ctx);
  }
}
