import type { Type } from '@nestjs/common';
import { CheckInsResolver } from './check-ins.resolver';
import { ClientCheckInsResolver } from './client-check-ins.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const checkInResolvers: Type<unknown>[] = [CheckInsResolver, ClientCheckInsResolver];
