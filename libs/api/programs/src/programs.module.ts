import { Module } from '@nestjs/common';
import { programsResolvers } from './programs.resolvers';

/** Programs: create and edit, and their risk thresholds with a preview of what a change would flag. */
@Module({
  providers: [...programsResolvers],
})
export class ProgramsModule {}
