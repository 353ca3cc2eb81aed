import type { Type } from '@nestjs/common';
import { ClientDiagnosesResolver } from './client-diagnoses.resolver';
import { ClientIntegratedCareResolver } from './client-integrated-care.resolver';
import { DiagnosesResolver } from './diagnoses.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const diagnosisResolvers: Type<unknown>[] = [DiagnosesResolver, ClientDiagnosesResolver, ClientIntegratedCareResolver];
