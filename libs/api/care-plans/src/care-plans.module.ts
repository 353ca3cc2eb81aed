import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { CarePlanEntity } from './care-plan.entity';
import { carePlanResolvers } from './care-plan-resolvers';
import { CarePlansService } from './care-plans.service';
import { CarePlanLifecycleService } from './care-plan-lifecycle.service';

/** Care plans: reads through ClientAccessPolicy and DisclosurePolicy, writes through the write path. */
@Module({
  imports: [TypeOrmModule.forFeature([CarePlanEntity]), ClientsModule, SupportNetworkModule],
  providers: [CarePlansService, CarePlanLifecycleService, ...carePlanResolvers],
  exports: [CarePlansService],
})
export class CarePlansModule {}
