import type { Type } from '@nestjs/common';
import { ClientRiskResolver } from './client-risk.resolver';
import { MetricsResolver } from './metrics.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const metricsResolvers: Type<unknown>[] = [MetricsResolver, ClientRiskResolver];
