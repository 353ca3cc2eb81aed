import { InitialSchema1764000000000 } from './1764000000000-initial-schema';

/** In the order they run. Add new migrations at the end; never edit one that has shipped. */
export const migrations = [InitialSchema1764000000000];
