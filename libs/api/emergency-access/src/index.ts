export * from './emergency-access.module';
export * from './emergency-access.resolvers';
export * from './client-restriction.entity';
export * from './emergency-access.entity';
