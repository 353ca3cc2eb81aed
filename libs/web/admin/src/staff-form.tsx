import { STAFF_ROLE_LABELS, StaffRole } from '@carecircle/shared/domain';
import type { FormOption } from '@carecircle/web/forms';
import type { StaffAccountFieldsFragment } from '@carecircle/web/data-access';
import { z } from 'zod';

/** Role choices in the order the contract lists them. */
export const ROLE_OPTIONS: readonly FormOption[] = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR, StaffRole.PEER_SUPPORT, StaffRole.ADMIN].map((role) => ({
  value: role,
  label: STAFF_ROLE_LABELS[role],
}));

export const STATUS_LABELS: Record<StaffAccountFieldsFragment['status'], string> = {
  ACTIVE: 'Active',
  INVITED: 'Invited',
  DEACTIVATED: 'Deactivated',
};

/** Roles that work with clients in programs: the API refuses them without one. */
const PROGRAM_ROLES: readonly string[] = [StaffRole.COUNSELOR, StaffRole.PEER_SUPPORT];

/** Checkbox groups hand back a string, an array or false depending on how many boxes exist; the form wants a list. */
const checkedList = z
  .union([z.array(z.string()), z.string(), z.literal(false), z.null(), z.undefined()])
  .transform((value) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []));

/** Role, supervisor, programs and co-signature: the same fields and rules when inviting and when managing someone. */
export const assignmentShape = {
  role: z.enum(StaffRole, { error: 'Choose a role' }),
  supervisorId: z.string().transform((value) => (value === '' ? null : value)),
  programIds: checkedList,
  requiresCosignature: z.boolean(),
};

/** The rules the API checks against the database's view of people, worded for the form. */
export function refineAssignment(
  values: { role: StaffRole; supervisorId: string | null; programIds: string[] },
  issues: z.RefinementCtx,
  staffId?: string,
): void {
  if (PROGRAM_ROLES.includes(values.role) && values.programIds.length === 0) {
    issues.addIssue({ code: 'custom', path: ['programIds'], message: `A ${STAFF_ROLE_LABELS[values.role].toLowerCase()} must work in at least one program` });
  }
  if (values.role === StaffRole.ADMIN && values.supervisorId) {
    issues.addIssue({ code: 'custom', path: ['supervisorId'], message: 'An administrator has no clinical supervisor; choose None' });
  }
  if (staffId && values.supervisorId === staffId) {
    issues.addIssue({ code: 'custom', path: ['supervisorId'], message: 'A staff member cannot be their own supervisor' });
  }
}

/** Active clinical supervisors (invited ones included: they can already be given a team), except the person themselves. */
export function supervisorOptions(staff: readonly StaffAccountFieldsFragment[], exceptId?: string): FormOption[] {
  return staff
    .filter((member) => member.role === 'SUPERVISOR' && member.status !== 'DEACTIVATED' && member.id !== exceptId)
    .map((member) => ({ value: member.id, label: member.displayName }));
}

export function programOptions(programs: ReadonlyArray<{ id: string; name: string }>): FormOption[] {
  return programs.map((program) => ({ value: program.id, label: program.name }));
}

export const COSIGNATURE_DESCRIPTION = "Their signed progress notes wait for their supervisor's co-signature.";
