export * from './programs.module';
export * from './programs.resolvers';
