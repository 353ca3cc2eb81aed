import type { Type } from '@nestjs/common';
import { CheckInsResolver } from './check-ins.resolver';
import { ClientCheckInsResolver } from './client-check-ins.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const checkInResolvers: Type<unknown>[] = [CheckInsResolver, ClientCheckInsResolver];
