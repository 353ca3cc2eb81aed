export * from './care-plan.entity';
export * from './care-plans.module';
export * from './care-plan-resolvers';
