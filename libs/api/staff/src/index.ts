export * from './staff.module';
export * from './staff.resolvers';
