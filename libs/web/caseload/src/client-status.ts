import type { ClientStatus } from '@carecircle/web/data-access';
import type { StatusTone } from '@carecircle/web/ui';

export const CLIENT_STATUS_DISPLAY: Record<ClientStatus, { label: string; tone: StatusTone }> = {
  ACTIVE: { label: 'Active', tone: 'positive' },
  ON_HOLD: { label: 'On hold', tone: 'caution' },
  DISCHARGED: { label: 'Discharged', tone: 'neutral' },
};

export const OPEN_STATUSES: ClientStatus[] = ['ACTIVE', 'ON_HOLD'];
export const ALL_STATUSES: ClientStatus[] = ['ACTIVE', 'ON_HOLD', 'DISCHARGED'];
