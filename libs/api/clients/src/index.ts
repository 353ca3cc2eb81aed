export * from './client.entity';
export * from './client.model';
export * from './client-access.policy';
export * from './client-id.args';
export * from './clients.service';
export * from './clients.module';
export * from './clients.resolver';
export * from './level-of-care-change.entity';
