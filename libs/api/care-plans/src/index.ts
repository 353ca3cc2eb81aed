export * from './care-plan.entity';
export * from './care-plans.module';
export * from './care-plan-resolvers';
export * from './care-plan.model';
export * from './care-plan-content.model';
export * from './care-plan-change.model';
export * from './care-plans.service';
export * from './care-plan-visibility';
