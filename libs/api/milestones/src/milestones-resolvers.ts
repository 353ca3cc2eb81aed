import type { Type } from '@nestjs/common';
import { ClientMilestonesResolver } from './client-milestones.resolver';
import { MilestonesResolver } from './milestones.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const milestoneResolvers: Type<unknown>[] = [MilestonesResolver, ClientMilestonesResolver];
