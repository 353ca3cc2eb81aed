import { OrganizationSettingsResolver, SetupResolver } from './setup.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const setupResolvers = [SetupResolver, OrganizationSettingsResolver];
