export * from './level-of-care-change.entity';
export * from './level-of-care-change.model';
export * from './episode-of-care.service';
export * from './episode-of-care.module';
export * from './admit-client.input';
export * from './change-level-of-care.input';
export * from './discharge-client.input';
export * from './set-integrated-treatment.args';
export { episodeOfCareResolvers } from './episode-of-care.module';
