import {
  CheckInSchedule,
  CLIENT_NAME_MAX_LENGTH,
  CLIENT_PRONOUNS_MAX_LENGTH,
  isIsoDate,
  LevelOfCare,
  toIsoDate,
  type IsoDate,
} from '@carecircle/shared/domain';
import type { AdmitClientInput, StaffRole } from '@carecircle/web/data-access';
import { zodRules } from '@carecircle/web/forms';
import { z } from 'zod';

/** The API's limits on the person's details (AdmitClientInput's @MaxLength). */

/**
 * The admission form. Dates are checked against today the way admitClient checks them, so most
 * refusals show before anything is sent; the server still has the last word (its problems land on
 * the same fields).
 */
export function admitClientSchema(role: StaffRole, today: IsoDate) {
  return z
    .object({
      firstName: zodRules.requiredText('First name', CLIENT_NAME_MAX_LENGTH),
      lastName: zodRules.requiredText('Last name', CLIENT_NAME_MAX_LENGTH),
      preferredName: zodRules.optionalText('Preferred name', CLIENT_NAME_MAX_LENGTH),
      pronouns: zodRules.optionalText('Pronouns', CLIENT_PRONOUNS_MAX_LENGTH),
      dateOfBirth: zodRules.isoDate('Date of birth').refine((value) => value === '' || value < today, 'Date of birth must be in the past'),
      programId: zodRules.requiredChoice('a program'),
      levelOfCare: z.union([z.enum(LevelOfCare), z.literal('')]).refine((value) => value !== '', 'Choose a level of care'),
      admissionDate: zodRules.isoDate('Admission date').refine((value) => value === '' || value <= today, 'Admission date cannot be in the future'),
      recoveryStartDate: zodRules
        .optionalIsoDate('Recovery start date')
        .refine((value) => value === null || value <= today, 'Recovery start date cannot be after today'),
      counselorId: z.string(),
      peerWorkerId: z.string(),
      checkInSchedule: z.enum(CheckInSchedule),
      /** Ticked when a possible duplicate is shown and the person is not them; the page asks for it then. */
      differentPerson: z.boolean(),
    })
    .superRefine((values, issue) => {
      // Cross-field rules run once every field is valid on its own (zod's order).
      if (isIsoDate(values.admissionDate) && isIsoDate(values.dateOfBirth) && values.admissionDate <= values.dateOfBirth) {
        issue.addIssue({ code: 'custom', path: ['admissionDate'], message: 'Admission date must be after the date of birth' });
      }
      // A counselor admits onto their own caseload; a supervisor names the counselor.
      if (role === 'SUPERVISOR' && !values.counselorId) {
        issue.addIssue({ code: 'custom', path: ['counselorId'], message: 'Choose the primary counselor' });
      }
    });
}

export type AdmitClientSchema = ReturnType<typeof admitClientSchema>;
export type AdmitClientFormValues = z.input<AdmitClientSchema>;
export type AdmitClientValues = z.output<AdmitClientSchema>;

export function emptyAdmission(today: Date): AdmitClientFormValues {
  return {
    firstName: '',
    lastName: '',
    preferredName: '',
    pronouns: '',
    dateOfBirth: '',
    programId: '',
    levelOfCare: '',
    admissionDate: toIsoDate(today),
    recoveryStartDate: '',
    counselorId: '',
    peerWorkerId: '',
    checkInSchedule: CheckInSchedule.WEEKLY,
    differentPerson: false,
  };
}

export function toAdmitClientInput(values: AdmitClientValues, role: StaffRole): AdmitClientInput {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    preferredName: values.preferredName,
    pronouns: values.pronouns,
    dateOfBirth: values.dateOfBirth,
    programId: values.programId,
    levelOfCare: values.levelOfCare as LevelOfCare,
    admissionDate: values.admissionDate,
    recoveryStartDate: values.recoveryStartDate,
    // A counselor's own admissions go on their caseload: the API takes no id from them.
    counselorId: role === 'SUPERVISOR' ? values.counselorId : null,
    peerWorkerId: values.peerWorkerId || null,
    checkInSchedule: values.checkInSchedule,
  };
}
