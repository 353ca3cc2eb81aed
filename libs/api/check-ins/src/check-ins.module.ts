import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { CheckInEntity } from './check-in.entity';
import { CheckInsService } from './check-ins.service';
import { checkInResolvers } from './check-ins-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([CheckInEntity]), ClientsModule, SupportNetworkModule],
  providers: [CheckInsService, ...checkInResolvers],
  exports: [CheckInsService],
})
export class CheckInsModule {}
