import { Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ProgramEntity, ProgramModel } from '@carecircle/api/organizations';

/** The caller's organization's programs, for pickers and filters. Not client data. */
@Resolver(() => ProgramModel)
export class ProgramsResolver {
  @AllowRoles(...CLINICAL_ROLES, StaffRole.ADMIN)
  @Query(() => [ProgramModel])
  async programs(@Ctx() ctx: RequestContext): Promise<ProgramModel[]> {
    const rows = await ctx.manager.getRepository(ProgramEntity).find({ where: { organizationId: ctx.organizationId }, order: { name: 'ASC' } });
    return rows.map((row) => ProgramModel.from(row));
  }
}
