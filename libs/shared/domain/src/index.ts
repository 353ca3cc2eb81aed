export * from './staff-role';
export * from './level-of-care';
export * from './episode-of-care';
export * from './modality';
export * from './care-plan';
export * from './diagnosis';
export * from './support-network';
export * from './consent';
