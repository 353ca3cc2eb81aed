export * from './check-in.entity';
export * from './check-ins.module';
export * from './check-ins-resolvers';
