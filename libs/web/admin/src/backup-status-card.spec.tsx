import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { BackupStatusCard } from './backup-status-card';
import { databaseBackupStatusQuery } from './database-backup-status.query';
import { formatBytes } from '@carecircle/shared/domain';

interface Status {
  automatic: boolean;
  folder: string;
  lastBackupAt: string | null;
  lastBackupBytes: number | null;
  backupCount: number;
  operatorNote: string | null;
}

function statusMock(status: Status): MockLink.MockedResponse {
  return {
    request: { query: databaseBackupStatusQuery },
    result: { data: { databaseBackupStatus: { __typename: 'DatabaseBackupStatus', ...status } } },
  };
}

function renderCard(status: Status) {
  return render(
    <MockedProvider mocks={[statusMock(status)]}>
      <BackupStatusCard />
    </MockedProvider>,
  );
}

const LAST = '2026-11-29T03:15:00.000Z';
const shown = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(LAST));

describe('BackupStatusCard', () => {
  it("shows the last backup's time and size, the folder and the command", async () => {
    renderCard({
      automatic: true,
      folder: '/srv/carecircle/.data/backups',
      lastBackupAt: LAST,
      lastBackupBytes: 2_412_345,
      backupCount: 9,
      operatorNote: null,
    });

    const card = screen.getByRole('region', { name: 'Backups' });
    expect(within(card).getByRole('heading', { level: 2, name: 'Backups' })).toBeInTheDocument();
    expect(await within(card).findByText(`Last backup: ${shown} (2.4 MB)`)).toBeInTheDocument();
    expect(within(card).getByText('/srv/carecircle/.data/backups')).toBeInTheDocument();
    expect(within(card).getByText('npm run db:backup')).toBeInTheDocument();
    expect(
      within(card).getByText(/every day and before each upgrade, and keeps the newest 14 \(9 in the folder now\)/),
    ).toBeInTheDocument();
    expect(within(card).queryByText(/pg_dump/)).not.toBeInTheDocument();
  });

  it('says when there is no backup yet', async () => {
    renderCard({ automatic: true, folder: '.data/backups', lastBackupAt: null, lastBackupBytes: null, backupCount: 0, operatorNote: null });
    expect(await screen.findByText('No backup yet')).toBeInTheDocument();
    expect(screen.queryByText(/Last backup:/)).not.toBeInTheDocument();
  });

  it("says backups are the operator's job when the database is at DATABASE_URL", async () => {
    const note = "Backups are the operator's job: use pg_dump against DATABASE_URL.";
    renderCard({
      automatic: false,
      folder: '.data/backups',
      lastBackupAt: null,
      lastBackupBytes: null,
      backupCount: 0,
      operatorNote: note,
    });
    expect(await screen.findByText(note)).toBeInTheDocument();
    expect(screen.queryByText(/every day and before each upgrade/)).not.toBeInTheDocument();
  });
});

describe('formatBytes', () => {
  it('reads as people expect', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2_412_345)).toBe('2.4 MB');
    expect(formatBytes(1_500)).toBe('1.5 kB');
    expect(formatBytes(3_200_000_000)).toBe('3.2 GB');
  });
});
