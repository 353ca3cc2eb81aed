export * from './peer-contact.entity';
export * from './peer-contact.model';
export * from './peer-contacts.service';
export * from './peer-contacts.module';
export * from './peer-contacts-resolvers';
