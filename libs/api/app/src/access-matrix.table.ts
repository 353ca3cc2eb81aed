import { StaffRole } from '@carecircle/shared/domain';

/**
 * Who may call each query and mutation, and how to name a target record, for access-matrix.int-spec.ts.
 * Adding an operation: one entry, usually three lines (roles, target, vars).
 */

export const ROLES: StaffRole[] = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR, StaffRole.PEER_SUPPORT, StaffRole.ADMIN];
const C = StaffRole.COUNSELOR;
const S = StaffRole.SUPERVISOR;
const P = StaffRole.PEER_SUPPORT;
const A = StaffRole.ADMIN;

/** The records of one scope: in scope (team 1, the caller's), out of scope (team 2, same organization), another organization. */
export type Scope = 'inScope' | 'outOfScope' | 'otherOrg';

export interface Targets {
  clientId: string;
  planId: string;
  noteId: string;
  diagnosisId: string;
  memberId: string;
  consentId: string;
  peerContactId: string;
  /** A counselor: on the caller's team (in scope), on team 2, or in the other organization. */
  staffId: string;
  programId: string;
}

export interface MatrixEntry {
  /** The roles the operation is for; every other role gets FORBIDDEN. */
  roles: StaffRole[] | 'every role' | 'public';
  /** The kind of record the call names; 'none' for organization-wide lists and one's own things (no scope to cross). */
  target: 'client' | 'plan' | 'note' | 'diagnosis' | 'member' | 'consent' | 'peerContact' | 'staff' | 'program' | 'none';
  vars?: (t: Targets) => Record<string, unknown>;
  /** Roles whose scope is the whole organization for this target (programs, staff for an admin): only another organization's record is refused. */
  orgWide?: StaffRole[];
  /**
   * Roles that may still be refused in scope, for a reason the matrix does not set up: the client's consent for a peer
   * worker; the target note is the counselor's draft, which is its author's alone until signed (a supervisor gets NOT_FOUND).
   */
  mayRefuseInScope?: StaffRole[];
  /** Ends the caller's session: not called in scope. */
  endsSession?: true;
  /** Changes who sees the target (a restriction): called after every other operation, with its undoing entry after it. */
  runLast?: true;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const YESTERDAY = day(-1);
const WEEK_AGO = day(-7);
/** Versioned writes name a version that is never current: access is decided first, then the write is refused as stale, so nothing changes. */
const STALE = 999;
let invite = 0;

const range = { input: { dimension: 'ALL', episodes: 'ALL', from: day(-90), to: YESTERDAY } };
const program = (t: Targets) => ({
  defaultCheckInSchedule: 'WEEKLY',
  defaultLevelOfCare: 'OUTPATIENT_1',
  name: 'Matrix Program',
  notesRequireCosignature: false,
  reviewIntervalOverrides: [],
  programId: t.programId,
});

export const ACCESS_MATRIX: Record<string, MatrixEntry> = {
  // ---- Queries
  accountSetupLink: { roles: 'public', target: 'none' },
  setupStatus: { roles: 'public', target: 'none' },
  me: { roles: 'every role', target: 'none' },
  programs: { roles: 'every role', target: 'none' },
  carePlan: { roles: [C, S, P], target: 'plan', vars: (t) => ({ id: t.planId }), mayRefuseInScope: [P] },
  carePlanDiff: { roles: [C, S, P], target: 'plan', vars: (t) => ({ fromPlanId: t.planId, toPlanId: t.planId }), mayRefuseInScope: [P] },
  carePlanHistory: { roles: [C, S, P], target: 'client', vars: (t) => ({ clientId: t.clientId }), mayRefuseInScope: [P] },
  carePlansAwaitingSignOff: { roles: [C, S], target: 'none' },
  carePlansOverdue: { roles: [C, S, P], target: 'none' },
  careTeamCandidates: { roles: [C, S], target: 'none' },
  caseloadBalance: { roles: [S], target: 'none' },
  caseloadOf: { roles: [S], target: 'staff', vars: (t) => ({ staffId: t.staffId }) },
  caseloadRiskFlags: { roles: [C, S, P], target: 'none' },
  caseloadSummary: { roles: [C, S], target: 'none' },
  checkInCompletion: { roles: [C, S, P], target: 'client', vars: (t) => ({ clientId: t.clientId, from: WEEK_AGO, to: YESTERDAY }), mayRefuseInScope: [P] },
  checkInTrends: { roles: [C, S], target: 'none', vars: () => range },
  checkIns: { roles: [C, S, P], target: 'client', vars: (t) => ({ clientId: t.clientId, from: WEEK_AGO, to: YESTERDAY }), mayRefuseInScope: [P] },
  client: { roles: [C, S, P], target: 'client', vars: (t) => ({ id: t.clientId }) },
  clients: { roles: [C, S, P], target: 'none' },
  consentDecision: {
    roles: [C, S],
    target: 'client',
    vars: (t) => ({ clientId: t.clientId, recipientKind: 'PEER_SUPPORT_TEAM', scope: 'CHECK_INS' }),
  },
  currentCarePlan: { roles: [C, S, P], target: 'client', vars: (t) => ({ clientId: t.clientId }), mayRefuseInScope: [P] },
  databaseBackupStatus: { roles: [A], target: 'none' },
  diagnosisCatalog: { roles: [C, S], target: 'none' },
  measureHistory: { roles: [C, S, P], target: 'client', vars: (t) => ({ clientId: t.clientId }), mayRefuseInScope: [P] },
  milestonesReached: { roles: [C, S, P], target: 'none', vars: () => ({ from: WEEK_AGO, to: YESTERDAY }) },
  myFollowUpsDue: { roles: [P], target: 'none' },
  myPeerContacts: { roles: [P], target: 'none' },
  openCarePlan: { roles: [C, S, P], target: 'client', vars: (t) => ({ clientId: t.clientId }), mayRefuseInScope: [P] },
  organizationSettings: { roles: [A], target: 'none' },
  peerContactDefaults: { roles: [P], target: 'none' },
  peerContacts: { roles: [C, S, P], target: 'client', vars: (t) => ({ clientId: t.clientId }) },
  possibleDuplicateClients: { roles: [C, S], target: 'none', vars: () => ({ dateOfBirth: '1990-01-01', firstName: 'Synthetic', lastName: 'Person' }) },
  program: { roles: [A, S], target: 'program', vars: (t) => ({ programId: t.programId }), orgWide: [A, S] },
  progressNote: { roles: [C, S, P], target: 'note', vars: (t) => ({ noteId: t.noteId }), mayRefuseInScope: [S, P] },
  progressNotes: { roles: [C, S, P], target: 'client', vars: (t) => ({ clientId: t.clientId }), mayRefuseInScope: [P] },
  progressNotesAwaitingCosignature: { roles: [S], target: 'none' },
  readmissions: { roles: [C, S], target: 'none', vars: () => range },
  retention: { roles: [C, S], target: 'none', vars: () => range },
  retentionGroupClients: { roles: [C, S], target: 'none', vars: () => ({ ...range, group: 'All clients' }) },
  riskThresholdPreview: { roles: [A, S], target: 'program', vars: (t) => ({ programId: t.programId, thresholds: {} }), orgWide: [A, S] },
  staffMembers: { roles: [A], target: 'none' },
  twoFactorStatus: { roles: 'every role', target: 'none' },
  // Privacy reports: supervisors and privacy officers (a staff flag the matrix does not set) only.
  clientAccessLog: { roles: 'every role', target: 'client', vars: (t) => ({ clientId: t.clientId }), mayRefuseInScope: [C, P, A] },
  disclosureAccounting: { roles: 'every role', target: 'client', vars: (t) => ({ clientId: t.clientId }), mayRefuseInScope: [C, P, A] },
  privacyClients: { roles: 'every role', target: 'none', vars: () => ({ name: 'Synthetic' }), mayRefuseInScope: [C, S, P, A] },
  // Break-the-glass: opening a record outside one's scope is the point, so only another organization's client is refused.
  emergencyAccessesForClient: { roles: 'every role', target: 'client', vars: (t) => ({ clientId: t.clientId }), mayRefuseInScope: [A] },
  recentEmergencyAccesses: { roles: 'every role', target: 'none', mayRefuseInScope: [C, P, A] },
  findClientForEmergency: { roles: [C, S], target: 'none', vars: () => ({ lastName: 'Synthetic', dateOfBirth: '1990-01-01' }) },

  // ---- Mutations
  login: { roles: 'public', target: 'none' },
  completeAccountSetup: { roles: 'public', target: 'none' },
  setUpOrganization: { roles: 'public', target: 'none' },
  logout: { roles: 'every role', target: 'none', endsSession: true },
  renewSession: { roles: 'every role', target: 'none' },
  beginTwoFactorEnrolment: { roles: 'every role', target: 'none' },
  confirmTwoFactorEnrolment: { roles: 'every role', target: 'none', vars: () => ({ input: { code: '000000' } }) },
  regenerateRecoveryCodes: { roles: 'every role', target: 'none', vars: () => ({ input: { code: '000000' } }) },
  resetStaffTwoFactor: { roles: [A], target: 'staff', orgWide: [A], vars: (t) => ({ staffId: t.staffId }) },
  addProgressNoteAddendum: { roles: [C, S], target: 'note', mayRefuseInScope: [S], vars: (t) => ({ input: { noteId: t.noteId, text: 'Synthetic addendum.' } }) },
  addSupportNetworkMember: {
    roles: [C, S],
    target: 'client',
    vars: (t) => ({ input: { clientId: t.clientId, name: 'Synthetic Friend', relationship: 'FRIEND', stance: 'SUPPORTIVE' } }),
  },
  administerMeasure: {
    roles: [C, S],
    target: 'client',
    vars: (t) => ({ input: { clientId: t.clientId, instrument: 'PHQ_9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], substancesNamed: [] } }),
  },
  admitClient: {
    roles: [C, S],
    target: 'program',
    orgWide: [C, S],
    vars: (t) => ({
      input: { admissionDate: YESTERDAY, dateOfBirth: '1991-02-03', firstName: 'Synthetic', lastName: 'Admission', levelOfCare: 'OUTPATIENT_1', programId: t.programId },
    }),
  },
  assignCareTeamMember: {
    roles: [S],
    target: 'client',
    // As peer worker a counselor is refused as input: assigning them as counselor would take the client off our counselor's caseload.
    vars: (t) => ({ input: { clientId: t.clientId, effectiveOn: YESTERDAY, role: 'PEER_SUPPORT', staffUserId: t.staffId } }),
  },
  changeLevelOfCare: {
    roles: [C, S],
    target: 'client',
    vars: (t) => ({ input: { clientId: t.clientId, effectiveOn: YESTERDAY, expectedVersion: STALE, levelOfCare: 'OUTPATIENT_1' } }),
  },
  cosignProgressNote: { roles: [S], target: 'note', mayRefuseInScope: [S], vars: (t) => ({ noteId: t.noteId }) },
  createProgram: { roles: [A], target: 'none', vars: (t) => ({ input: { ...program(t), programId: undefined, name: `Matrix Program ${++invite}` } }) },
  deactivateStaffMember: { roles: [A], target: 'staff', orgWide: [A], vars: (t) => ({ staffId: t.staffId }) },
  discardProgressNoteDraft: { roles: [C, S], target: 'note', mayRefuseInScope: [S], vars: (t) => ({ noteId: t.noteId, expectedVersion: STALE }) },
  dischargeClient: {
    roles: [C, S],
    target: 'client',
    vars: (t) => ({ input: { clientId: t.clientId, dischargeDate: YESTERDAY, expectedVersion: STALE, reason: 'OTHER' } }),
  },
  inviteStaffMember: {
    roles: [A],
    target: 'program',
    orgWide: [A],
    vars: (t) => ({ input: { displayName: 'Synthetic Invitee', email: `matrix.invite.${++invite}@test.example`, programIds: [t.programId], role: 'COUNSELOR' } }),
  },
  issuePasswordResetLink: { roles: [A], target: 'staff', orgWide: [A], vars: (t) => ({ staffId: t.staffId }) },
  logCheckIn: {
    roles: [C, S, P],
    target: 'client',
    mayRefuseInScope: [P],
    vars: (t) => ({ input: { clientId: t.clientId, attendedMeeting: false, channel: 'PHONE', substances: [], triggers: [], usedSubstances: false } }),
  },
  logFamilyEngagement: {
    roles: [C, S],
    target: 'client',
    vars: (t) => ({ input: { clientId: t.clientId, attendeeIds: [t.memberId], occurredOn: YESTERDAY, type: 'PHONE_CONTACT' } }),
  },
  logPeerContact: {
    roles: [P],
    target: 'client',
    vars: (t) => ({ input: { clientId: t.clientId, durationMinutes: 15, mode: 'PHONE', practicalHelp: [], supportTypes: ['EMOTIONAL'] } }),
  },
  moveCaseload: {
    roles: [S],
    target: 'staff',
    vars: (t) => ({ input: { effectiveOn: YESTERDAY, fromStaffId: t.staffId, moves: [{ clientId: t.clientId, toStaffId: t.staffId }] } }),
  },
  reactivateStaffMember: { roles: [A], target: 'staff', orgWide: [A], vars: (t) => ({ staffId: t.staffId }) },
  readmitClient: {
    roles: [C, S],
    target: 'client',
    // A returning client has no care team yet, so any counselor of the organization may readmit them: an active client
    // of another team answers CONFLICT (already in care), another organization's NOT_FOUND.
    orgWide: [C, S],
    vars: (t) => ({ input: { clientId: t.clientId, admissionDate: YESTERDAY, expectedVersion: STALE, levelOfCare: 'OUTPATIENT_1', programId: t.programId } }),
  },
  recordConsent: {
    roles: [C, S],
    target: 'client',
    vars: (t) => ({
      input: { clientId: t.clientId, effectiveOn: YESTERDAY, signedOn: YESTERDAY, purpose: 'Coordination of care', recipientKind: 'PEER_SUPPORT_TEAM', scopes: ['CHECK_INS'] },
    }),
  },
  recordDiagnosis: { roles: [C, S], target: 'client', vars: (t) => ({ input: { clientId: t.clientId, icd10Code: 'F41.1', status: 'ACTIVE' } }) },
  removeSupportNetworkMember: { roles: [C, S], target: 'member', vars: (t) => ({ memberId: t.memberId, expectedVersion: STALE }) },
  resetRecoveryStartDate: {
    roles: [C, S],
    target: 'client',
    vars: (t) => ({ input: { clientId: t.clientId, expectedVersion: STALE, newStartDate: WEEK_AGO, reason: 'Synthetic return to use.' } }),
  },
  returnCarePlanForChanges: { roles: [S], target: 'plan', vars: (t) => ({ planId: t.planId, expectedVersion: STALE, comment: 'Synthetic comment.' }) },
  revokeConsent: { roles: [C, S], target: 'consent', vars: (t) => ({ consentId: t.consentId, expectedVersion: STALE }) },
  saveCarePlanDraft: { roles: [C, S], target: 'plan', vars: (t) => ({ input: { planId: t.planId, expectedVersion: STALE, content: { problems: [] } } }) },
  saveProgressNoteDraft: {
    roles: [C, S],
    target: 'note',
    mayRefuseInScope: [S],
    vars: (t) => ({
      input: {
        noteId: t.noteId,
        expectedVersion: STALE,
        attendance: 'ATTENDED',
        format: 'DAP',
        objectives: [],
        sections: [],
        sessionDate: YESTERDAY,
        sessionType: 'INDIVIDUAL',
      },
    }),
  },
  setCheckInSchedule: { roles: [C, S], target: 'client', vars: (t) => ({ clientId: t.clientId, expectedVersion: STALE, schedule: 'WEEKLY' }) },
  setIntegratedTreatment: { roles: [C, S], target: 'client', vars: (t) => ({ clientId: t.clientId, expectedVersion: STALE, receiving: true }) },
  signOffCarePlan: { roles: [S], target: 'plan', vars: (t) => ({ planId: t.planId, expectedVersion: STALE }) },
  signProgressNote: { roles: [C, S], target: 'note', mayRefuseInScope: [S], vars: (t) => ({ noteId: t.noteId, expectedVersion: STALE }) },
  startCarePlanDraft: { roles: [C, S], target: 'client', vars: (t) => ({ clientId: t.clientId }) },
  startProgressNote: { roles: [C, S], target: 'client', vars: (t) => ({ input: { clientId: t.clientId, format: 'DAP', sessionType: 'INDIVIDUAL' } }) },
  submitCarePlanForReview: { roles: [C, S], target: 'plan', vars: (t) => ({ planId: t.planId, expectedVersion: STALE }) },
  updateDiagnosis: { roles: [C, S], target: 'diagnosis', vars: (t) => ({ input: { diagnosisId: t.diagnosisId, expectedVersion: STALE } }) },
  updateOrganizationSettings: { roles: [A], target: 'none', vars: () => ({ input: { name: 'Matrix Organization', timeZone: 'America/New_York' } }) },
  updateProgram: { roles: [A], target: 'program', orgWide: [A], vars: (t) => ({ input: program(t) }) },
  updateRiskThresholds: { roles: [A, S], target: 'program', orgWide: [A, S], vars: (t) => ({ input: { programId: t.programId, thresholds: {} } }) },
  updateStaffMember: {
    roles: [A],
    target: 'staff',
    orgWide: [A],
    vars: (t) => ({ input: { staffId: t.staffId, programIds: [t.programId], requiresCosignature: false, role: 'COUNSELOR' } }),
  },
  updateSupportNetworkMember: { roles: [C, S], target: 'member', vars: (t) => ({ input: { memberId: t.memberId, expectedVersion: STALE } }) },
  requestEmergencyAccess: {
    roles: [C, S],
    target: 'client',
    orgWide: [C, S],
    vars: (t) => ({ clientId: t.clientId, natureOfEmergency: 'Synthetic overdose at the front desk.' }),
  },
  markClientRestricted: {
    roles: 'every role',
    target: 'client',
    runLast: true,
    mayRefuseInScope: [C, P, A],
    vars: (t) => ({ clientId: t.clientId, reason: 'Synthetic: a staff member in care.' }),
  },
  unmarkClientRestricted: {
    roles: 'every role',
    target: 'client',
    runLast: true,
    mayRefuseInScope: [C, P, A],
    vars: (t) => ({ clientId: t.clientId, reason: 'Synthetic: no longer needed.' }),
  },
  withdrawPeerContact: { roles: [P], target: 'peerContact', vars: (t) => ({ id: t.peerContactId }) },
};
