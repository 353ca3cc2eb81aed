import type { Type } from '@nestjs/common';
import { ClientEmergencyFieldsResolver, EmergencyAccessResolver } from './emergency-access.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const emergencyAccessResolvers: Type<unknown>[] = [EmergencyAccessResolver, ClientEmergencyFieldsResolver];
