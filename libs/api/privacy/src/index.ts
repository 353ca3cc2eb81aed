export * from './privacy.module';
export * from './privacy.resolvers';
