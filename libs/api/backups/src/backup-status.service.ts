import { Inject, Injectable } from '@nestjs/common';
import path from 'node:path';
import { APP_CONFIG, type AppConfig } from '@carecircle/api/platform';
import { listBackups } from './backup-file';
import type { DatabaseBackupStatusModel } from './backup-status.model';

/** Shown when the database is the operator's (DATABASE_URL): the app takes no backups of it. */
export const OPERATOR_BACKUP_NOTE = "Backups are the operator's job: use pg_dump against DATABASE_URL.";

@Injectable()
export class BackupStatusService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async status(): Promise<DatabaseBackupStatusModel> {
    const folder = path.resolve(this.config.backupDir);
    const backups = await listBackups(folder);
    const newest = backups.at(-1);
    const automatic = !this.config.databaseUrl;
    return {
      automatic,
      folder,
      lastBackupAt: newest?.takenAt ?? null,
      lastBackupBytes: newest?.bytes ?? null,
      backupCount: backups.length,
      operatorNote: automatic ? null : OPERATOR_BACKUP_NOTE,
    };
  }
}
