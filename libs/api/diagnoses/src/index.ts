export * from './diagnosis.entity';
export * from './diagnoses.module';
export * from './diagnosis-resolvers';
