export * from './support-network-member.entity';
export * from './family-engagement-event.entity';
export * from './consent.entity';
export * from './support-network.module';
export * from './support-network-resolvers';
export * from './consent.service';
