import { ProgramSettingsResolver } from './programs.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const programsResolvers = [ProgramSettingsResolver];
