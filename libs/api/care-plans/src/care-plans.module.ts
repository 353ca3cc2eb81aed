import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@carecircle/api/audit';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { CarePlanEntity } from './care-plan.entity';
import { carePlanResolvers } from './care-plan-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([CarePlanEntity]), AuditModule, ClientsModule, SupportNetworkModule],
  providers: [...carePlanResolvers],
})
export class CarePlansModule {}
