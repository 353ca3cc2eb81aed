import type { ClientStatus } from '@carecircle/web/data-access';
import type { StatusTone } from '@carecircle/web/ui';

/** How the caseload colours a client's status; the words are CLIENT_STATUS_LABELS from shared/domain. */
export const CLIENT_STATUS_TONES: Record<ClientStatus, StatusTone> = {
  ACTIVE: 'positive',
  ON_HOLD: 'caution',
  DISCHARGED: 'neutral',
};

export const OPEN_STATUSES: ClientStatus[] = ['ACTIVE', 'ON_HOLD'];
export const ALL_STATUSES: ClientStatus[] = ['ACTIVE', 'ON_HOLD', 'DISCHARGED'];
