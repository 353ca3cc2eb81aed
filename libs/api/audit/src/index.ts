export * from './audit-event.entity';
export * from './audit.module';
export * from './audit-trail';
export * from './write-path';
export * from './transaction.decorator';
export * from './versioned-update';
export * from './audit-plugin';
