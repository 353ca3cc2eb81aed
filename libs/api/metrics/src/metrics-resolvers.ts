import type { Type } from '@nestjs/common';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const metricsResolvers: Type<unknown>[] = [];
