import { graphql } from '@carecircle/web/data-access';

export const databaseBackupStatusQuery = graphql(`
  query DatabaseBackupStatus {
    databaseBackupStatus {
      automatic
      folder
      lastBackupAt
      lastBackupBytes
      backupCount
      operatorNote
    }
  }
`);
