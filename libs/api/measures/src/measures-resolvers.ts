import type { Type } from '@nestjs/common';
import { ClientMeasuresResolver } from './client-measures.resolver';
import { MeasuresResolver } from './measures.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const measureResolvers: Type<unknown>[] = [MeasuresResolver, ClientMeasuresResolver];
