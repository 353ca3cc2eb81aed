export * from './backups.module';
export * from './backups.resolvers';
export * from './backup-file';
export * from './write-backup';
export * from './restore-backup';
export * from './automatic-backups';
export { knownMigrations, runMigrations } from './database-tables';
export { OPERATOR_BACKUP_NOTE } from './backup-status.service';
