export * from './progress-note.entity';
export * from './progress-note.model';
export * from './progress-notes.service';
export * from './progress-notes.module';
export * from './progress-notes-resolvers';
