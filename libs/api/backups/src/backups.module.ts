import { Module } from '@nestjs/common';
import { backupsResolvers } from './backups.resolvers';

/** Backups of the embedded database: taken by command, daily and before migrations; their status for admins. */
@Module({
  providers: [...backupsResolvers],
})
export class BackupsModule {}
