import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DatabaseBackupStatus', {
  description: 'The database backups an administrator can check: when the last one was taken and where they go.',
})
export class DatabaseBackupStatusModel {
  @Field({ description: 'True when the app backs up by itself (the embedded database): daily and before every migration.' })
  automatic!: boolean;

  @Field({ description: 'The folder backups are written to (BACKUP_DIR), on the server.' })
  folder!: string;

  @Field(() => Date, { nullable: true, description: 'When the newest backup in the folder was taken; null when there is none.' })
  lastBackupAt!: Date | null;

  // Float, not Int: GraphQL's Int stops at 2 GiB.
  @Field(() => Float, { nullable: true, description: 'Size of the newest backup file, in bytes.' })
  lastBackupBytes!: number | null;

  @Field(() => Int, { description: 'How many backups the folder holds (the newest 14 are kept).' })
  backupCount!: number;

  @Field(() => String, { nullable: true, description: 'Set when backups are not the app’s job, saying whose they are.' })
  operatorNote!: string | null;
}
