export * from './measure-administration.entity';
export * from './measure-administration.model';
export * from './measure-answers';
export * from './measures.service';
export * from './measures.module';
export * from './measures-resolvers';
