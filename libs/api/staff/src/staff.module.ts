import { Module } from '@nestjs/common';
import { staffResolvers } from './staff.resolvers';

/** Staff administration: invitations, roles, supervisors, programs, deactivation, password links. */
@Module({
  providers: [...staffResolvers],
})
export class StaffModule {}
