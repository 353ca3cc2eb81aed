export * from './embedded-postgres';
export * from './data-source-options';
export * from './create-database';
export { migrations } from './migrations';
export * from './query-counter';
export * from './database-roles';
export * from './audit-chain';
