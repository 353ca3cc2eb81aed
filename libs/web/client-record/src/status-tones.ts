import type { CarePlanStatus, ClientStatus, ConsentStatus, DiagnosisStatus, ObjectiveStatus } from '@carecircle/web/data-access';
import type { StatusTone } from '@carecircle/web/ui';

/*
 * How the record colours each status badge. The words are the shared labels
 * (CLIENT_STATUS_LABELS, CARE_PLAN_STATUS_LABELS, … in shared/domain); colour only reinforces them.
 */

export const CLIENT_STATUS_TONES: Record<ClientStatus, StatusTone> = {
  ACTIVE: 'positive',
  ON_HOLD: 'caution',
  DISCHARGED: 'neutral',
};

export const CARE_PLAN_STATUS_TONES: Record<CarePlanStatus, StatusTone> = {
  DRAFT: 'neutral',
  PENDING_REVIEW: 'caution',
  ACTIVE: 'positive',
  SUPERSEDED: 'neutral',
};

export const OBJECTIVE_STATUS_TONES: Record<ObjectiveStatus, StatusTone> = {
  NOT_STARTED: 'neutral',
  IN_PROGRESS: 'caution',
  MET: 'positive',
  NOT_MET: 'neutral',
  DEFERRED: 'neutral',
};

export const CONSENT_STATUS_TONES: Record<ConsentStatus, StatusTone> = {
  ACTIVE: 'positive',
  EXPIRED: 'neutral',
  REVOKED: 'neutral',
  NOT_YET_EFFECTIVE: 'caution',
};

export const DIAGNOSIS_STATUS_TONES: Record<DiagnosisStatus, StatusTone> = {
  ACTIVE: 'caution',
  IN_REMISSION: 'positive',
  RESOLVED: 'neutral',
};
