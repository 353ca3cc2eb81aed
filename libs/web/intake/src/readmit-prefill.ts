import type { CheckInSchedule, LevelOfCare } from '@carecircle/web/data-access';

/**
 * What the admission form hands to the client record when the person turns out to be a former
 * client: the record opens its readmission form with these values. It travels in the router's
 * location state under `readmit`; the record parses it (readmit-dialog.tsx) rather than trusting it,
 * since history state outlives the page that wrote it.
 */
export interface ReadmitPrefill {
  programId: string;
  levelOfCare: LevelOfCare | '';
  admissionDate: string;
  recoveryStartDate: string;
  counselorId: string;
  peerWorkerId: string;
  checkInSchedule: CheckInSchedule;
}
