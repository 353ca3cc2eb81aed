import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff } from '@carecircle/api/auth';
import { ProgramEntity, ProgramModel } from '@carecircle/api/organizations';

/** The caller's organization's programs, for pickers and filters. Not client data. */
@Resolver(() => ProgramModel)
export class ProgramsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @AllowRoles(...CLINICAL_ROLES, StaffRole.ADMIN)
  @Query(() => [ProgramModel])
  async programs(@CurrentStaff() me: StaffPrincipal): Promise<ProgramModel[]> {
    const rows = await this.dataSource.getRepository(ProgramEntity).find({ where: { organizationId: me.organizationId }, order: { name: 'ASC' } });
    return rows.map((row) => ProgramModel.from(row));
  }
}
