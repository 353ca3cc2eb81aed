import type { Type } from '@nestjs/common';
import { AccountSetupResolver } from './account-setup.resolver';
import { StaffResolver } from './staff.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const staffResolvers: Type<unknown>[] = [StaffResolver, AccountSetupResolver];
