import type { Type } from '@nestjs/common';
import { ClientRiskResolver } from './client-risk.resolver';
import { MetricsResolver } from './metrics.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const metricsResolvers: Type<unknown>[] = [MetricsResolver, ClientRiskResolver];
