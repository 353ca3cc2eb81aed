import { useQuery } from '@apollo/client/react';
import { errorMessage } from '@carecircle/web/data-access';
import { ErrorState, Skeleton } from '@carecircle/web/ui';
import { databaseBackupStatusQuery } from './database-backup-status.query';
import { formatBytes } from '@carecircle/shared/domain';
import './backup-status-card.css';
import { formatDateTime } from './format-date-time';

/**
 * On the admin home: whether the database is being backed up, so a lost disk or a bad upgrade does
 * not cost the program its records. The app backs up the embedded database itself; with
 * DATABASE_URL the operator does (pg_dump), and the card says so.
 */
export function BackupStatusCard() {
  const { data, loading, error, refetch } = useQuery(databaseBackupStatusQuery, { fetchPolicy: 'cache-and-network' });
  const status = data?.databaseBackupStatus;
  return (
    <section className="cc-backup-card" aria-labelledby="cc-backup-card-title">
      <h2 id="cc-backup-card-title">Backups</h2>
      {!status && loading && <Skeleton label="Loading the backup status" rows={2} />}
      {!status && error && (
        <ErrorState
          headingLevel={3}
          title="The backup status could not be loaded"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      )}
      {status && (
        <>
          <p className="cc-backup-card__last">
            {status.lastBackupAt
              ? `Last backup: ${formatDateTime(status.lastBackupAt)}${status.lastBackupBytes != null ? ` (${formatBytes(status.lastBackupBytes)})` : ''}`
              : 'No backup yet'}
          </p>
          {status.operatorNote ? (
            <p className="cc-backup-card__note">{status.operatorNote}</p>
          ) : (
            <p>
              CareCircle backs up its database every day and before each upgrade, and keeps the newest 14
              {status.backupCount > 0 ? ` (${status.backupCount} in the folder now)` : ''}.
            </p>
          )}
          <dl className="cc-backup-card__facts">
            <dt>Folder</dt>
            <dd>
              <code>{status.folder}</code>
            </dd>
            <dt>Back up now</dt>
            <dd>
              <code>npm run db:backup</code>
            </dd>
            <dt>Restore into an empty database</dt>
            <dd>
              <code>npm run db:restore -- FILE</code>
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}
