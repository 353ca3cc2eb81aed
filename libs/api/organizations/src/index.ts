export * from './organization.entity';
export * from './program.entity';
export * from './program.model';
