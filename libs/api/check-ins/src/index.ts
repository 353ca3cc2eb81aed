export * from './check-in.entity';
export * from './check-in.model';
export * from './check-in-completion.model';
export * from './check-ins.service';
export * from './check-ins.module';
export * from './check-ins-resolvers';
