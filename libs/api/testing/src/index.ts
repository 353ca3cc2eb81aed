export * from './test-app';
export * from './factories';
export * from './free-port';
export * from './instants';
