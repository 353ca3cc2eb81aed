import type { Type } from '@nestjs/common';
import { CarePlanFieldsResolver, CarePlanInterventionResolver } from './care-plan-fields.resolver';
import { CarePlanLifecycleResolver } from './care-plan-lifecycle.resolver';
import { CarePlansResolver } from './care-plans.resolver';
import { ClientCarePlanResolver } from './client-care-plan.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const carePlanResolvers: Type<unknown>[] = [
  CarePlansResolver,
  CarePlanLifecycleResolver,
  CarePlanFieldsResolver,
  CarePlanInterventionResolver,
  ClientCarePlanResolver,
];
