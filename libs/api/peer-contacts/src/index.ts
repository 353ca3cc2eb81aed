export * from './peer-contact.entity';
export * from './peer-contacts.module';
export * from './peer-contacts-resolvers';
