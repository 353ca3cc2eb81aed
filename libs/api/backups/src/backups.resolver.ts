import { Query, Resolver } from '@nestjs/graphql';
import { AuditEntityType, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { DatabaseBackupStatusModel } from './backup-status.model';
import { BackupStatusService } from './backup-status.service';

/** Administrators check that backups are being taken; no clinical data is shown. */
@Resolver()
export class BackupsResolver {
  constructor(private readonly backups: BackupStatusService) {}

  @AllowRoles(StaffRole.ADMIN)
  @Query(() => DatabaseBackupStatusModel, { description: 'When the last database backup was taken, its size, and where backups go.' })
  async databaseBackupStatus(@Ctx() ctx: RequestContext): Promise<DatabaseBackupStatusModel> {
    const status = await this.backups.status();
    ctx.recordRead(AuditEntityType.DATABASE_BACKUP, ['status']);
    return status;
  }
}
