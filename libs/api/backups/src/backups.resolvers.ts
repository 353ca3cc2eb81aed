import { BackupsResolver } from './backups.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const backupsResolvers = [BackupsResolver];
