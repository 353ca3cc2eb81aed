export * from './setup.module';
export * from './setup.resolvers';
export * from './setup.service';
export * from './organization-settings.model';
