import type { Type } from '@nestjs/common';
import { ClientMilestonesResolver } from './client-milestones.resolver';
import { MilestonesResolver } from './milestones.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const milestoneResolvers: Type<unknown>[] = [MilestonesResolver, ClientMilestonesResolver];
