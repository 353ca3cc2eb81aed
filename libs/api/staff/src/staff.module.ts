import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@carecircle/api/auth';
import { AccountSetupTokenEntity } from './account-setup-token.entity';
import { AccountSetupService } from './account-setup.service';
import { SetupLinksService } from './setup-links.service';
import { StaffService } from './staff.service';
import { staffResolvers } from './staff.resolvers';

/** Staff administration: invitations, roles, supervisors, programs, deactivation, password links. */
@Module({
  imports: [TypeOrmModule.forFeature([AccountSetupTokenEntity]), AuthModule],
  providers: [StaffService, SetupLinksService, AccountSetupService, ...staffResolvers],
})
export class StaffModule {}
