import { Module } from '@nestjs/common';
import { AuthModule } from '@carecircle/api/auth';
import { setupResolvers } from './setup.resolvers';
import { SetupService } from './setup.service';

/** First-run setup of an empty installation, and the organization's settings. */
@Module({
  imports: [AuthModule],
  providers: [SetupService, ...setupResolvers],
  exports: [SetupService],
})
export class SetupModule {}
