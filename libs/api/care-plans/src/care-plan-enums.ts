import { registerEnumType } from '@nestjs/graphql';
import { CarePlanChangeKind, CarePlanItemKind, CarePlanStatus, Modality, ObjectiveStatus } from '@carecircle/shared/domain';

/** The care-plan domain's enums, registered once for the GraphQL schema. */
registerEnumType(CarePlanStatus, {
  name: 'CarePlanStatus',
  description: 'DRAFT → PENDING_REVIEW (counselor submits) → ACTIVE (supervisor signs off) → SUPERSEDED by the next version.',
});
registerEnumType(ObjectiveStatus, { name: 'ObjectiveStatus' });
registerEnumType(Modality, { name: 'Modality', description: 'Therapy modality an intervention is delivered in.' });
registerEnumType(CarePlanChangeKind, { name: 'CarePlanChangeKind' });
registerEnumType(CarePlanItemKind, { name: 'CarePlanItemKind' });

export { CarePlanChangeKind, CarePlanItemKind, CarePlanStatus, Modality, ObjectiveStatus };
