export * from './staff-role';
export * from './level-of-care';
export * from './episode-of-care';
