import type { Type } from '@nestjs/common';
import { ProgressNotesResolver } from './progress-notes.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const progressNoteResolvers: Type<unknown>[] = [ProgressNotesResolver];
