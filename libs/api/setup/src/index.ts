export * from './setup.module';
export * from './setup.resolvers';
