import { Module } from '@nestjs/common';
import { BackupStatusService } from './backup-status.service';
import { backupsResolvers } from './backups.resolvers';

/** Backups of the embedded database: taken by command, daily and before migrations; their status for admins. */
@Module({
  providers: [...backupsResolvers, BackupStatusService],
})
export class BackupsModule {}
