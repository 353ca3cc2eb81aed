import { registerEnumType } from '@nestjs/graphql';
import {
  ConsentDecisionReason,
  ConsentRecipientKind,
  ConsentScope,
  FamilyEngagementType,
  RecoveryStance,
  SupportRelationship,
} from '@carecircle/shared/domain';
import { ConsentStatus } from './consent-status';

/*
 * The GraphQL names of this domain's enums, registered once. Models and inputs import this file
 * for its effect so the registration happens before the schema is built.
 */
registerEnumType(SupportRelationship, { name: 'SupportRelationship', description: 'How a support network member is related to the client.' });
registerEnumType(RecoveryStance, {
  name: 'RecoveryStance',
  description: 'How a support network member relates to the recovery: RISK means e.g. still uses with the client.',
});
registerEnumType(FamilyEngagementType, { name: 'FamilyEngagementType' });
registerEnumType(ConsentScope, { name: 'ConsentScope', description: 'A category of information a 42 CFR Part 2 consent can cover.' });
registerEnumType(ConsentRecipientKind, { name: 'ConsentRecipientKind', description: 'Who a consent discloses to.' });
registerEnumType(ConsentDecisionReason, { name: 'ConsentDecisionReason', description: 'Why a disclosure is allowed or refused.' });
registerEnumType(ConsentStatus, { name: 'ConsentStatus', description: 'Where a consent stands today.' });
