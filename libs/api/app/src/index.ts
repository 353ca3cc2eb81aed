export * from './app.module';
export * from './create-app';
export * from './entities';
export * from './open-database';
export * from './schema-sdl';
