import { AuditEventEntity } from '@carecircle/api/audit';
import { LoginThrottleEntity, RevokedTokenEntity, StaffProgramEntity, StaffRecoveryCodeEntity, StaffTwoFactorEntity, StaffUserEntity } from '@carecircle/api/auth';
import { CareTeamAssignmentEntity } from '@carecircle/api/care-team';
import { ClientEntity, RecoveryStartResetEntity } from '@carecircle/api/clients';
import { EpisodeOfCareEntity, LevelOfCareChangeEntity } from '@carecircle/api/episode-of-care';
import { CheckInEntity } from '@carecircle/api/check-ins';
import { PeerContactEntity } from '@carecircle/api/peer-contacts';
import { MeasureAdministrationEntity } from '@carecircle/api/measures';
import { ProgressNoteAddendumEntity, ProgressNoteEntity, ProgressNoteObjectiveEntity } from '@carecircle/api/progress-notes';
import { CarePlanEntity } from '@carecircle/api/care-plans';
import { DiagnosisEntity } from '@carecircle/api/diagnoses';
import {
  ConsentEntity,
  DisclosureEntity,
  FamilyEngagementAttendeeEntity,
  FamilyEngagementEventEntity,
  SupportNetworkMemberEntity,
} from '@carecircle/api/support-network';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';
import { AccountSetupTokenEntity } from '@carecircle/api/staff';
import { ClientRestrictionEntity, EmergencyAccessEntity } from '@carecircle/api/emergency-access';
import { ClientRiskEntity } from '@carecircle/api/metrics';

/** Every entity the API maps; the migrations must create exactly these tables. */
export const entities = [
  OrganizationEntity,
  ProgramEntity,
  StaffUserEntity,
  RevokedTokenEntity,
  LoginThrottleEntity,
  StaffProgramEntity,
  ClientEntity,
  CareTeamAssignmentEntity,
  AuditEventEntity,
  EpisodeOfCareEntity,
  LevelOfCareChangeEntity,
  CarePlanEntity,
  DiagnosisEntity,
  SupportNetworkMemberEntity,
  FamilyEngagementEventEntity,
  FamilyEngagementAttendeeEntity,
  ConsentEntity,
  DisclosureEntity,
  RecoveryStartResetEntity,
  CheckInEntity,
  PeerContactEntity,
  MeasureAdministrationEntity,
  ProgressNoteEntity,
  ProgressNoteObjectiveEntity,
  ProgressNoteAddendumEntity,
  AccountSetupTokenEntity,
  ClientRestrictionEntity,
  EmergencyAccessEntity,
  StaffTwoFactorEntity,
  StaffRecoveryCodeEntity,
  ClientRiskEntity,
];
