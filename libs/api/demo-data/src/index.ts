export * from './demo-logins';
export * from './seeded-random';
export * from './seed-demo-organization';
