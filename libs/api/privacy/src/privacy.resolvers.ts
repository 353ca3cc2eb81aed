import type { Type } from '@nestjs/common';
import { PrivacyResolver } from './privacy.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const privacyResolvers: Type<unknown>[] = [PrivacyResolver];
