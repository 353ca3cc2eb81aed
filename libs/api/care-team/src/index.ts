export * from './care-team-role';
export * from './care-team-assignment.entity';
export * from './care-team-member.model';
export * from './care-team.service';
export * from './care-team.module';
export * from './client-care-team.resolver';
export * from './care-team.resolvers';
