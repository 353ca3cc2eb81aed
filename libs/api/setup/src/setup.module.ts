import { Module } from '@nestjs/common';
import { setupResolvers } from './setup.resolvers';

/** First-run setup of an empty installation, and the organization's settings. */
@Module({
  providers: [...setupResolvers],
})
export class SetupModule {}
