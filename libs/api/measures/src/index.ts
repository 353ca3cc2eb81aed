export * from './measure-administration.entity';
export * from './measures.module';
export * from './measures-resolvers';
