export * from './metrics.module';
export * from './metrics-resolvers';
export * from './metric-dimension';
export * from './flags-for-role';
export * from './risk-flags.service';
export * from './retention.service';
export * from './metrics.models';
