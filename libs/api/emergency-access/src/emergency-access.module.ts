import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientRestrictionEntity } from './client-restriction.entity';
import { EmergencyAccessEntity } from './emergency-access.entity';
import { EmergencyAccessService } from './emergency-access.service';
import { emergencyAccessResolvers } from './emergency-access.resolvers';

/** Break-the-glass: restricted records and emergency access (42 CFR 2.51). The scope rule itself is in ClientAccessPolicy. */
@Module({
  imports: [TypeOrmModule.forFeature([ClientRestrictionEntity, EmergencyAccessEntity])],
  providers: [EmergencyAccessService, ...emergencyAccessResolvers],
})
export class EmergencyAccessModule {}
