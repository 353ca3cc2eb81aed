export * from './backups.module';
export * from './backups.resolvers';
