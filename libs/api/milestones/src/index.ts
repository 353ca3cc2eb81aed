export * from './milestone.model';
export * from './milestone-reached.model';
export * from './milestones.service';
export * from './milestones.module';
export * from './milestones-resolvers';
