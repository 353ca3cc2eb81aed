import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { StaffRole } from '@carecircle/shared/domain';
import { ApiError, type RequestContext } from '@carecircle/api/platform';
import { StaffUserEntity } from '@carecircle/api/auth';

/**
 * The staff a clinician may put on a client's care team at admission: the same rule admitClient
 * applies, so a picker never offers someone the server would refuse.
 * - counselor: themselves (a counselor admits onto their own caseload) and the organization's active peer workers;
 * - supervisor: the active counselors on their team and the organization's active peer workers.
 */
@Injectable()
export class CareTeamCandidatesService {
  async candidates(ctx: RequestContext): Promise<StaffUserEntity[]> {
    const me = ctx.staff;
    if (me.role !== StaffRole.COUNSELOR && me.role !== StaffRole.SUPERVISOR) {
      throw ApiError.forbidden('Only a counselor or a clinical supervisor assigns a care team.');
    }
    const counselors =
      me.role === StaffRole.COUNSELOR ? 'staff.id = :me' : `staff.role = '${StaffRole.COUNSELOR}' AND staff.supervisor_id = :me`;
    return ctx.manager
      .getRepository(StaffUserEntity)
      .createQueryBuilder('staff')
      .where('staff.organization_id = :org AND staff.active', { org: me.organizationId })
      .andWhere(
        new Brackets((qb) => qb.where(counselors, { me: me.id }).orWhere(`staff.role = '${StaffRole.PEER_SUPPORT}'`)),
      )
      // staff_role enum order: COUNSELOR sorts before PEER_SUPPORT, so the counselor picker's options come first.
      .orderBy('staff.role', 'ASC')
      .addOrderBy('staff.display_name', 'ASC')
      .addOrderBy('staff.id', 'ASC')
      .getMany();
  }
}
