export * from './staff.module';
export * from './staff.resolvers';
export * from './account-setup-token.entity';
export * from './account-setup-purpose';
