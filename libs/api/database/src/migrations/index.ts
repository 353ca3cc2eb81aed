import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { ClinicalCore1764100000000 } from './1764100000000-clinical-core';
import { Monitoring1764200000000 } from './1764200000000-monitoring';
import { DesignedSchema1764400000000 } from './1764400000000-designed-schema';

/** In the order they run. Add new migrations at the end; never edit one that has shipped. */
export const migrations = [InitialSchema1764000000000, ClinicalCore1764100000000, Monitoring1764200000000, DesignedSchema1764400000000];
