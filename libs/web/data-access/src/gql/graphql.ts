/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a one-time setup link was issued. */
export type AccountSetupPurpose =
  | 'INVITE'
  | 'PASSWORD_RESET';

export type AddProgressNoteAddendumInput = {
  noteId: string | number;
  /** What the addendum adds or corrects, up to 5000 characters. */
  text: string;
};

export type AddSupportNetworkMemberInput = {
  clientId: string | number;
  email?: string | null | undefined;
  /** Defaults to false. */
  involvedInTreatment?: boolean | null | undefined;
  name: string;
  note?: string | null | undefined;
  phone?: string | null | undefined;
  relationship: SupportRelationship;
  stance: RecoveryStance;
};

/** A plan objective the session addressed, with the progress the session showed. */
export type AddressedObjectiveInput = {
  /** The care plan version the objective was read from: one of the client's own plans. */
  carePlanId: string | number;
  /** Ids of the objective's interventions the session delivered. */
  interventionIds?: Array<string>;
  /** The objective’s id in that plan. */
  objectiveId: string;
  progress: ObjectiveProgressRating;
};

/** One administration of a standardized measure; the server scores it. */
export type AdministerMeasureInput = {
  /** YYYY-MM-DD; defaults to today. Not in the future. */
  administeredOn?: string | null | undefined;
  /** Item answers in form order, as given: PHQ-9 nine 0–3, GAD-7 seven 0–3, BARC-10 ten 1–6. BAM twenty-three: items 1–6, 7A–7G (days each drug kind was used, recorded not scored), 8–17; day counts 0–30 for items 2, 3, 4, 5, 6, 7A–7G, 10, 11, 13, 16; Likert 0–4 for 1, 8, 9, 12, 15, 17; item 14 no 0 / yes 4. A refused answer is reported on the field answers.<position from 0>. */
  answers: Array<number>;
  clientId: string | number;
  instrument: MeasureInstrument;
  /** The published form the answers follow; defaults to, and today must be, the one the server scores: PHQ_9 '2001', GAD_7 '2006', BARC_10 '2017', BAM 'Likert-2010' (MEASURE_INSTRUMENT_VERSIONS). */
  instrumentVersion?: string | null | undefined;
  /** BAM item 7A–7G: the drugs named. Recorded, not scored; BAM only. */
  substancesNamed?: Array<string>;
};

/** Starts an episode of care. Date rules relative to today are checked by the server. */
export type AdmitClientInput = {
  /** YYYY-MM-DD, today or earlier. */
  admissionDate: string;
  /** How often the client is expected to check in; when left out, the program's default check-in schedule. */
  checkInSchedule?: CheckInSchedule | null | undefined;
  /** The primary counselor. A counselor admits onto their own caseload (omit it or give your own id); a supervisor must name a counselor on their team. */
  counselorId?: string | number | null | undefined;
  /** YYYY-MM-DD, in the past. */
  dateOfBirth: string;
  firstName: string;
  lastName: string;
  levelOfCare: LevelOfCare;
  /** A peer support worker of the organization to assign from the admission date. */
  peerWorkerId?: string | number | null | undefined;
  preferredName?: string | null | undefined;
  programId: string | number;
  pronouns?: string | null | undefined;
  /** YYYY-MM-DD, today or earlier: the day sobriety began. */
  recoveryStartDate?: string | null | undefined;
};

/** Puts a counselor or peer support worker on a client's care team from a day, ending whoever held that part. */
export type AssignCareTeamMemberInput = {
  clientId: string | number;
  /** YYYY-MM-DD: the first day the new person is responsible (and the previous one no longer is). */
  effectiveOn: string;
  role: CareTeamRole;
  /** The counselor (you, or a counselor on your team) or a peer support worker of the client’s program. */
  staffUserId: string | number;
};

/** Whether an access was granted or refused. */
export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED';

export type CarePlanChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** The whole problem → goal → objective → intervention tree of a draft. */
export type CarePlanContentInput = {
  problems: Array<CarePlanProblemInput>;
};

export type CarePlanGoalInput = {
  description: string;
  id?: string | number | null | undefined;
  objectives: Array<CarePlanObjectiveInput>;
};

/** One intervention. Leave id out for a new item, or send a UUID made by the client. */
export type CarePlanInterventionInput = {
  description: string;
  /** How often, e.g. "weekly, 50 minutes". */
  frequency: string;
  /** Keep the id of an existing item so the diff can follow it. */
  id?: string | number | null | undefined;
  modality: Modality;
  /** A staff member of your organization. */
  responsibleStaffId?: string | number | null | undefined;
};

export type CarePlanItemKind =
  | 'GOAL'
  | 'INTERVENTION'
  | 'OBJECTIVE'
  | 'PROBLEM';

export type CarePlanObjectiveInput = {
  /** Measurable: what will be different, by when. */
  description: string;
  id?: string | number | null | undefined;
  interventions: Array<CarePlanInterventionInput>;
  status: ObjectiveStatus;
  /** YYYY-MM-DD */
  targetDate?: string | null | undefined;
};

export type CarePlanProblemInput = {
  /** ICD-10-CM codes of the client's diagnoses this problem addresses (each on the client's record); left out means none. */
  addressesDiagnosisCodes?: Array<string> | null | undefined;
  /** In the client's own words; may be empty when the clinical description is given. */
  clientStatement: string;
  /** The clinician's formulation; may be empty when the client statement is given. */
  clinicalDescription: string;
  goals: Array<CarePlanGoalInput>;
  id?: string | number | null | undefined;
};

/** DRAFT → PENDING_REVIEW (counselor submits) → ACTIVE (supervisor signs off) → SUPERSEDED by the next version. */
export type CarePlanStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'PENDING_REVIEW'
  | 'SUPERSEDED';

/** A staff member's part in one client's care. */
export type CareTeamRole =
  | 'COUNSELOR'
  | 'PEER_SUPPORT';

/** One client of the caseload and the colleague who takes them over. */
export type CaseloadMoveInput = {
  clientId: string | number;
  toStaffId: string | number;
};

export type ChangeLevelOfCareInput = {
  clientId: string | number;
  /** YYYY-MM-DD: not before the admission or the last change, not in the future. */
  effectiveOn: string;
  /** The client's version as you last saw it. */
  expectedVersion: number;
  levelOfCare: LevelOfCare;
  reason?: string | null | undefined;
};

/** How the check-in reached us. */
export type CheckInChannel =
  | 'APP'
  | 'IN_PERSON'
  | 'PHONE'
  | 'TEXT';

/** How often the client is expected to check in (SEVERAL_PER_WEEK counts as three a week). */
export type CheckInSchedule =
  | 'DAILY'
  | 'SEVERAL_PER_WEEK'
  | 'WEEKLY';

/** A trigger the client met since the last check-in. */
export type CheckInTrigger =
  | 'BOREDOM'
  | 'CELEBRATION'
  | 'CONFLICT'
  | 'LONELINESS'
  | 'OTHER'
  | 'PAIN'
  | 'PEOPLE'
  | 'PLACES'
  | 'STRESS';

/** Narrows a client access log; every part is optional. Days are the organization’s. */
export type ClientAccessLogFilter = {
  /** Only this action (READ, CREATE, UPDATE, …). */
  action?: string | null | undefined;
  /** From this day on (YYYY-MM-DD). */
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  /** Only this staff member. */
  staffId?: string | number | null | undefined;
  /** Up to and including this day (YYYY-MM-DD). */
  to?: string | null | undefined;
};

export type ClientFilterInput = {
  /** Admitted on or after this day, YYYY-MM-DD (cohort click-through). */
  admittedFrom?: string | null | undefined;
  /** Admitted on or before this day, YYYY-MM-DD. */
  admittedTo?: string | null | undefined;
  /** Only clients on this counselor's current caseload (supervisors: click-through from a counselor row). */
  counselorId?: string | number | null | undefined;
  /** true: only clients with a dual diagnosis (active SUD other than nicotine and an active mental-health diagnosis); false: only those without. A peer support worker matches only clients whose consent shares diagnoses with the peer support team. */
  dualDiagnosis?: boolean | null | undefined;
  levelOfCare?: LevelOfCare | null | undefined;
  /** Only clients whose signed care plan has an intervention in this modality. */
  modality?: Modality | null | undefined;
  programId?: string | number | null | undefined;
  /** Only clients with this risk flag. */
  riskFlag?: RiskFlagCode | null | undefined;
  /** Only clients with a risk flag at least this severe. */
  riskSeverityAtLeast?: RiskSeverity | null | undefined;
  /** Matches first, last or preferred name. */
  search?: string | null | undefined;
  /** Defaults to every status. */
  statuses?: Array<ClientStatus> | null | undefined;
};

/** Missing values sort last whatever the direction; ties fall back to last name, first name. */
export type ClientSortInput = {
  direction: SortDirection;
  key: ClientSortKey;
  /** Clients with an URGENT flag first (they need someone today), then the key. */
  urgentFirst?: boolean | null | undefined;
};

/** LEVEL_OF_CARE sorts by ASAM code; RISK by the highest severity the caller may see; STATUS active, on hold, discharged. */
export type ClientSortKey =
  | 'DAYS_IN_TREATMENT'
  | 'LAST_CHECK_IN'
  | 'LEVEL_OF_CARE'
  | 'NAME'
  | 'NEXT_MILESTONE'
  | 'PROGRAM'
  | 'RISK'
  | 'STATUS';

export type ClientStatus =
  | 'ACTIVE'
  | 'DISCHARGED'
  | 'ON_HOLD';

/** Sets a password through a one-time link (an invitation or a reset), and signs the person in. */
export type CompleteAccountSetupInput = {
  password: string;
  token: string;
};

/** Who a consent discloses to. */
export type ConsentRecipientKind =
  | 'ORGANIZATION'
  | 'PEER_SUPPORT_TEAM'
  | 'SUPPORT_NETWORK_MEMBER';

/** A category of information a 42 CFR Part 2 consent can cover. */
export type ConsentScope =
  | 'ATTENDANCE'
  | 'CARE_PLAN'
  | 'CHECK_INS'
  | 'DIAGNOSES'
  | 'MEASURES'
  | 'PROGRESS_NOTES';

/** Where a consent stands today. */
export type ConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'NOT_YET_EFFECTIVE'
  | 'REVOKED';

/** A new program of the organization. */
export type CreateProgramInput = {
  /** The check-in schedule a client admitted to this program starts with. */
  defaultCheckInSchedule: CheckInSchedule;
  defaultLevelOfCare: LevelOfCare;
  /** Unique in the organization, up to 120 characters. */
  name: string;
  /** Whether counselors new to this program start out needing a supervisor's co-signature on their notes. */
  notesRequireCosignature: boolean;
  /** Levels of care whose plan reviews differ from the default interval; each level once. */
  reviewIntervalOverrides: Array<ReviewIntervalOverrideInput>;
  /** Left out: the defaults (creating) or the thresholds in force (editing). */
  riskThresholds?: RiskThresholdsInput | null | undefined;
};

/** F10–F19 substance use; any other F code mental health. */
export type DiagnosisCategory =
  | 'MENTAL_HEALTH'
  | 'OTHER'
  | 'SUBSTANCE_USE';

/** Only ACTIVE diagnoses count towards a dual diagnosis, and not even those whose code itself says "in remission" (F10.21). */
export type DiagnosisStatus =
  | 'ACTIVE'
  | 'IN_REMISSION'
  | 'RESOLVED';

export type DischargeClientInput = {
  clientId: string | number;
  /** YYYY-MM-DD: the last day in treatment; not before admission, not in the future. */
  dischargeDate: string;
  /** The client's version as you last saw it. */
  expectedVersion: number;
  reason: DischargeReason;
};

/** TEDS discharge reason. */
export type DischargeReason =
  | 'DEATH'
  | 'DROPPED_OUT'
  | 'INCARCERATED'
  | 'OTHER'
  | 'TERMINATED_BY_FACILITY'
  | 'TRANSFERRED'
  | 'TREATMENT_COMPLETED';

/** Which episodes of care a metric counts: all, or each person’s first. */
export type EpisodeSelection =
  | 'ALL'
  | 'FIRST_ONLY';

export type FamilyEngagementType =
  | 'FAMILY_EDUCATION_GROUP'
  | 'FAMILY_THERAPY_SESSION'
  | 'OTHER'
  | 'PHONE_CONTACT'
  | 'VISIT';

/** A new colleague: they get a one-time link to set their password. */
export type InviteStaffMemberInput = {
  displayName: string;
  email: string;
  /** The programs they work in; counselors and peer workers need at least one. */
  programIds: Array<string | number>;
  /** Whether their signed notes wait for co-signature. Defaults to yes for a counselor joining a program whose counselors' notes need it. */
  requiresCosignature?: boolean | null | undefined;
  role: StaffRole;
  /** An active clinical supervisor of the organization; none for an administrator. */
  supervisorId?: string | number | null | undefined;
};

/** ASAM Criteria level of care. */
export type LevelOfCare =
  | 'EARLY_INTERVENTION_0_5'
  | 'HIGH_INTENSITY_RESIDENTIAL_3_5'
  | 'INTENSIVE_OUTPATIENT_2_1'
  | 'LOW_INTENSITY_RESIDENTIAL_3_1'
  | 'MEDICALLY_MANAGED_INPATIENT_4'
  | 'MEDICALLY_MONITORED_INPATIENT_3_7'
  | 'OUTPATIENT_1'
  | 'PARTIAL_HOSPITALIZATION_2_5'
  | 'POPULATION_SPECIFIC_RESIDENTIAL_3_3';

export type LogCheckInInput = {
  /** Attended a mutual-aid meeting since the last check-in. */
  attendedMeeting?: boolean;
  /** How the check-in was taken: IN_PERSON, PHONE or TEXT (APP is for check-ins the client sends). */
  channel: CheckInChannel;
  clientId: string | number;
  /** Confidence in staying in recovery, 0 to 10. */
  confidence?: number | null | undefined;
  /** Craving, 0 (none) to 10 (strongest). */
  craving?: number | null | undefined;
  /** Required when attendedMeeting is true; empty otherwise. */
  meetingKind?: MutualAidMeetingKind | null | undefined;
  /** Mood, 1 (very low) to 5 (very good). */
  mood?: number | null | undefined;
  note?: string | null | undefined;
  /** When the check-in happened; defaults to now. Not in the future. */
  occurredAt?: string | null | undefined;
  /** Which substances; required (at least one) when usedSubstances is true, empty otherwise. */
  substances?: Array<string>;
  triggers?: Array<CheckInTrigger>;
  /** Any substance use since the last check-in. */
  usedSubstances: boolean;
};

export type LogFamilyEngagementInput = {
  /** Members of this client's support network who took part (at least one). */
  attendeeIds: Array<string | number>;
  clientId: string | number;
  note?: string | null | undefined;
  /** YYYY-MM-DD; today or earlier. */
  occurredOn: string;
  type: FamilyEngagementType;
};

export type LogPeerContactInput = {
  clientId: string | number;
  /** Minutes, 1 to 600. */
  durationMinutes?: number;
  mode?: PeerContactMode;
  /** YYYY-MM-DD, on or after occurredOn. */
  nextFollowUpOn?: string | null | undefined;
  /** Non-clinical: what happened and what comes next, at most 1000 characters. */
  note?: string | null | undefined;
  /** YYYY-MM-DD; defaults to today. Not in the future, not before admission. */
  occurredOn?: string | null | undefined;
  practicalHelp?: Array<PracticalHelp>;
  /** At least one. INSTRUMENTAL is added by the server whenever practical help is given. */
  supportTypes?: Array<SupportType>;
};

export type LoginInput = {
  email: string;
  /** With two-factor sign-in on: the 6-digit code from the authenticator app, or a recovery code. */
  oneTimeCode?: string | null | undefined;
  password: string;
};

/** PHQ_9 depression, GAD_7 anxiety, BARC_10 recovery capital, BAM Brief Addiction Monitor. */
export type MeasureInstrument =
  | 'BAM'
  | 'BARC_10'
  | 'GAD_7'
  | 'PHQ_9';

/** How to group clients into cohorts. */
export type MetricDimension =
  | 'ADMISSION_MONTH'
  | 'ALL'
  | 'COUNSELOR'
  | 'DUAL_DIAGNOSIS'
  | 'FAMILY_ENGAGEMENT'
  | 'MODALITY'
  | 'MUTUAL_AID'
  | 'PEER_CONTACT'
  | 'PROGRAM'
  | 'RISK_IN_NETWORK'
  | 'SUPPORTIVE_NETWORK';

export type MetricsRangeInput = {
  dimension?: MetricDimension;
  /** Retention, curves and readmissions count episodes of care: all of them, or each person’s first only. */
  episodes?: EpisodeSelection;
  /** First day, YYYY-MM-DD. For retention: the earliest admission date. */
  from: string;
  /** Support-system dimensions only: the landmark, in days after admission (14–90). An episode is grouped by what was recorded up to that day, and counted only if still in treatment after it. */
  landmarkDays?: number;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
};

/** Therapy modality an intervention is delivered in. */
export type Modality =
  | 'CBT'
  | 'CONTINGENCY_MANAGEMENT'
  | 'DBT'
  | 'FAMILY_THERAPY'
  | 'MEDICATION_FOR_ADDICTION_TREATMENT'
  | 'MI'
  | 'OTHER'
  | 'PEER_RECOVERY_SUPPORT'
  | 'RELAPSE_PREVENTION'
  | 'TRAUMA_INFORMED'
  | 'TWELVE_STEP_FACILITATION';

/** Hands some or all clients of one person’s caseload to others, all on one day, all or none. */
export type MoveCaseloadInput = {
  /** YYYY-MM-DD: the first day the new people are responsible. */
  effectiveOn: string;
  /** A counselor or peer support worker on your team (active or deactivated), or you. */
  fromStaffId: string | number;
  moves: Array<CaseloadMoveInput>;
};

/** Kind of mutual-aid meeting attended. */
export type MutualAidMeetingKind =
  | 'AA'
  | 'NA'
  | 'OTHER'
  | 'SMART_RECOVERY';

/** Progress toward one objective in one session. */
export type ObjectiveProgressRating =
  | 'MET'
  | 'NO_PROGRESS'
  | 'REGRESSED'
  | 'SOME_PROGRESS';

export type ObjectiveStatus =
  | 'DEFERRED'
  | 'IN_PROGRESS'
  | 'MET'
  | 'NOT_MET'
  | 'NOT_STARTED';

/** How the peer support worker and the client met. */
export type PeerContactMode =
  | 'IN_PERSON'
  | 'PHONE'
  | 'TEXT'
  | 'VIDEO';

/** Practical help given during a peer contact. */
export type PracticalHelp =
  | 'BENEFITS'
  | 'EMPLOYMENT'
  | 'ERRANDS'
  | 'FOOD'
  | 'HOUSING'
  | 'MEETING_ACCOMPANIMENT'
  | 'TRANSPORTATION';

/** DAP, SOAP or BIRP: the note template. */
export type ProgressNoteFormat =
  | 'BIRP'
  | 'DAP'
  | 'SOAP';

export type ProgressNoteSectionInput = {
  /** A section key of the note’s template: data, assessment, plan (DAP); subjective, objective… (SOAP); behavior, intervention, response (BIRP). */
  key: string;
  /** Free text, up to 10000 characters; may be empty in a draft. */
  text: string;
};

/** DRAFT (only its author sees it) or SIGNED (locked; addenda only). */
export type ProgressNoteStatus =
  | 'DRAFT'
  | 'SIGNED';

/** Starts the next episode of care on a discharged client’s record. A counselor readmits onto their own caseload; a supervisor names a counselor on their team. */
export type ReadmitClientInput = {
  /** YYYY-MM-DD: on or after the last discharge date, not in the future. */
  admissionDate: string;
  /** Left empty, the schedule stays as it was. */
  checkInSchedule?: CheckInSchedule | null | undefined;
  clientId: string | number;
  /** The primary counselor: yourself as a counselor (or empty); a counselor on your team as a supervisor. */
  counselorId?: string | number | null | undefined;
  /** The client's version as you last saw it (PossibleDuplicateClient.version or Client.version). */
  expectedVersion: number;
  levelOfCare: LevelOfCare;
  /** An active peer support worker of the organization. */
  peerWorkerId?: string | number | null | undefined;
  programId: string | number;
  /** YYYY-MM-DD, today or earlier. Left empty, the recorded recovery start date stays. */
  recoveryStartDate?: string | null | undefined;
};

/** A signed consent as written: who may receive what, why, from when and until when. */
export type RecordConsentInput = {
  clientId: string | number;
  /** YYYY-MM-DD, the first day it holds; on or after signedOn. */
  effectiveOn: string;
  /** YYYY-MM-DD, the last day it holds; leave out (with expiryEvent) for "until revoked". */
  expiresOn?: string | null | undefined;
  /** The event that ends it, as the consent names it (e.g. "end of treatment"); with expiresOn too, whichever comes first. */
  expiryEvent?: string | null | undefined;
  /** What information may be disclosed, in the consent's own words, when the scope categories do not say it all. */
  informationDescription?: string | null | undefined;
  /** The purpose of the disclosure, as the consent states it. */
  purpose: string;
  recipientKind: ConsentRecipientKind;
  /** Required for SUPPORT_NETWORK_MEMBER: one of this client's members. */
  recipientMemberId?: string | number | null | undefined;
  /** Required for ORGANIZATION: the organization's name as the consent gives it. */
  recipientOrganization?: string | null | undefined;
  /** The categories of information covered; at least one, none repeated. */
  scopes: Array<ConsentScope>;
  /** YYYY-MM-DD, the day the client signed it; today or earlier. */
  signedOn: string;
};

export type RecordDiagnosisInput = {
  clientId: string | number;
  /** Defaults to the catalog's description; required for codes not in the catalog. */
  description?: string | null | undefined;
  /** ICD-10-CM code such as F10.20; stored in upper case. */
  icd10Code: string;
  /** YYYY-MM-DD, today or earlier. */
  onsetDate?: string | null | undefined;
  status?: DiagnosisStatus;
};

/** How a support network member relates to the recovery: RISK means e.g. still uses with the client. */
export type RecoveryStance =
  | 'NEUTRAL'
  | 'RISK'
  | 'SUPPORTIVE';

/** A counselor's confirmation that reported use resets the recovery start date. */
export type ResetRecoveryStartDateInput = {
  clientId: string | number;
  /** The client's version as you last saw it. */
  expectedVersion: number;
  /** YYYY-MM-DD: the new day sobriety began. Not in the future, not more than 5 years before admission. */
  newStartDate: string;
  /** Why, e.g. the check-in or conversation where use was reported. */
  reason: string;
};

/** A level of care whose plan reviews follow this program's own interval. */
export type ReviewIntervalOverrideInput = {
  /** Days between plan reviews, 1 to 365. */
  days: number;
  levelOfCare: LevelOfCare;
};

export type RiskFlagCode =
  | 'CARE_PLAN_REVIEW_OVERDUE'
  | 'HIGH_CRAVING'
  | 'MISSED_SESSIONS'
  | 'NO_RECENT_CHECK_IN'
  | 'NO_RECENT_PEER_CONTACT'
  | 'NO_SUPPORTIVE_NETWORK_MEMBER'
  | 'RECENT_USE'
  | 'SELF_HARM_RISK';

export type RiskSeverity =
  | 'INFO'
  | 'URGENT'
  | 'WARNING';

/** Risk-flag thresholds; a setting left out takes the default. */
export type RiskThresholdsInput = {
  cravingHits?: number | null | undefined;
  cravingWindow?: number | null | undefined;
  highCraving?: number | null | undefined;
  noCheckInDays?: number | null | undefined;
  noPeerContactDays?: number | null | undefined;
  noShowCount?: number | null | undefined;
  noShowWindowDays?: number | null | undefined;
  useLookbackDays?: number | null | undefined;
};

export type SaveCarePlanDraftInput = {
  content: CarePlanContentInput;
  /** The version you loaded; a newer one means someone else saved first. */
  expectedVersion: number;
  planId: string | number;
};

/** The whole draft as its author sees it; each save replaces the last. A signed note refuses it. */
export type SaveProgressNoteDraftInput = {
  attendance: SessionAttendance;
  durationMinutes?: number | null | undefined;
  /** The version you loaded; a newer one means the draft was saved elsewhere (another tab). */
  expectedVersion: number;
  format: ProgressNoteFormat;
  /** The modality the session used. */
  modality?: Modality | null | undefined;
  noteId: string | number;
  objectives?: Array<AddressedObjectiveInput>;
  sections: Array<ProgressNoteSectionInput>;
  /** YYYY-MM-DD */
  sessionDate: string;
  sessionType: SessionType;
  /** HH:MM, 24-hour. */
  startTime?: string | null | undefined;
};

export type SessionAttendance =
  | 'ATTENDED'
  | 'CANCELLED_BY_CLIENT'
  | 'CANCELLED_BY_PROGRAM'
  | 'NO_SHOW';

export type SessionType =
  | 'CASE_MANAGEMENT'
  | 'FAMILY'
  | 'GROUP'
  | 'INDIVIDUAL';

/** The first-run setup: the organization and its first administrator. */
export type SetUpOrganizationInput = {
  adminEmail: string;
  /** The administrator's name as colleagues will see it. */
  adminName: string;
  organizationName: string;
  password: string;
  /** IANA time zone, e.g. America/Chicago or UTC. */
  timeZone: string;
};

/** Ascending or descending. Missing values sort last either way. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Where a staff account stands. */
export type StaffAccountStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type StaffRole =
  | 'ADMIN'
  | 'COUNSELOR'
  | 'PEER_SUPPORT'
  | 'SUPERVISOR';

/** Opens a draft note for a session: the rest is filled in as the author types. */
export type StartProgressNoteInput = {
  clientId: string | number;
  format: ProgressNoteFormat;
  /** YYYY-MM-DD; defaults to today. */
  sessionDate?: string | null | undefined;
  sessionType: SessionType;
};

/** How a support network member is related to the client. */
export type SupportRelationship =
  | 'CHILD'
  | 'EMPLOYER'
  | 'FRIEND'
  | 'MENTOR'
  | 'OTHER'
  | 'OTHER_FAMILY'
  | 'PARENT'
  | 'PARTNER'
  | 'PEER'
  | 'SIBLING'
  | 'SPONSOR'
  | 'SPOUSE';

/** The four kinds of social support: INSTRUMENTAL is practical help, AFFILIATIONAL is connecting to community. */
export type SupportType =
  | 'AFFILIATIONAL'
  | 'EMOTIONAL'
  | 'INFORMATIONAL'
  | 'INSTRUMENTAL';

export type TwoFactorCodeInput = {
  /** The current 6-digit code from the authenticator app. */
  code: string;
};

export type UpdateDiagnosisInput = {
  description?: string | null | undefined;
  diagnosisId: string | number;
  /** The version you last saw. */
  expectedVersion: number;
  /** YYYY-MM-DD, today or earlier; null clears it. */
  onsetDate?: string | null | undefined;
  status?: DiagnosisStatus | null | undefined;
};

export type UpdateOrganizationSettingsInput = {
  /** Sign out after inactivity, in minutes (5–60); unchanged when absent. */
  inactivitySignOutMinutes?: number | null | undefined;
  name: string;
  /** Require two-factor sign-in for everyone; unchanged when absent. */
  requireTwoFactorForEveryone?: boolean | null | undefined;
  /** IANA time zone, e.g. America/Chicago or UTC. */
  timeZone: string;
};

/** A program as it should now read. */
export type UpdateProgramInput = {
  /** The check-in schedule a client admitted to this program starts with. */
  defaultCheckInSchedule: CheckInSchedule;
  defaultLevelOfCare: LevelOfCare;
  /** Unique in the organization, up to 120 characters. */
  name: string;
  /** Whether counselors new to this program start out needing a supervisor's co-signature on their notes. */
  notesRequireCosignature: boolean;
  programId: string | number;
  /** Levels of care whose plan reviews differ from the default interval; each level once. */
  reviewIntervalOverrides: Array<ReviewIntervalOverrideInput>;
  /** Left out: the defaults (creating) or the thresholds in force (editing). */
  riskThresholds?: RiskThresholdsInput | null | undefined;
};

/** A program's risk thresholds as they should now read; a setting left out takes the default. */
export type UpdateRiskThresholdsInput = {
  programId: string | number;
  thresholds: RiskThresholdsInput;
};

/** A staff member's role, team, programs and co-signature, as they should be from now on. */
export type UpdateStaffMemberInput = {
  /** The privacy-officer permission: sees who viewed any client record and every accounting of disclosures. Left out: unchanged. */
  isPrivacyOfficer?: boolean | null | undefined;
  programIds: Array<string | number>;
  requiresCosignature: boolean;
  role: StaffRole;
  staffId: string | number;
  /** An active clinical supervisor of the organization, or null for none. */
  supervisorId?: string | number | null | undefined;
};

export type UpdateSupportNetworkMemberInput = {
  /** null clears it. */
  email?: string | null | undefined;
  /** The version you edited; a newer one on the server means someone else changed it. */
  expectedVersion: number;
  involvedInTreatment?: boolean | null | undefined;
  memberId: string | number;
  name?: string | null | undefined;
  /** null clears it. */
  note?: string | null | undefined;
  /** null clears it. */
  phone?: string | null | undefined;
  relationship?: SupportRelationship | null | undefined;
  stance?: RecoveryStance | null | undefined;
};

export type DatabaseBackupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseBackupStatusQuery = { databaseBackupStatus: { automatic: boolean, folder: string, lastBackupAt: string | null, lastBackupBytes: number | null, backupCount: number, operatorNote: string | null } };

export type OrganizationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationSettingsQuery = { organizationSettings: { id: string, name: string, timeZone: string, inactivitySignOutMinutes: number, requireTwoFactorForEveryone: boolean } };

export type UpdateOrganizationSettingsMutationVariables = Exact<{
  input: UpdateOrganizationSettingsInput;
}>;


export type UpdateOrganizationSettingsMutation = { updateOrganizationSettings: { id: string, name: string, timeZone: string, inactivitySignOutMinutes: number, requireTwoFactorForEveryone: boolean } };

export type ProgramSettingsFieldsFragment = { id: string, name: string, defaultLevelOfCare: LevelOfCare, defaultCheckInSchedule: CheckInSchedule, notesRequireCosignature: boolean, reviewIntervalOverrides: Array<{ levelOfCare: LevelOfCare, days: number, defaultDays: number }>, riskThresholds: Array<{ key: string, value: number, defaultValue: number, overridden: boolean }> };

export type ProgramsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsPageQuery = { programs: Array<{ id: string, name: string, defaultLevelOfCare: LevelOfCare, defaultCheckInSchedule: CheckInSchedule, notesRequireCosignature: boolean, reviewIntervalOverrides: Array<{ levelOfCare: LevelOfCare, days: number, defaultDays: number }>, riskThresholds: Array<{ key: string, value: number, defaultValue: number, overridden: boolean }> }> };

export type ProgramSettingsQueryVariables = Exact<{
  programId: string | number;
}>;


export type ProgramSettingsQuery = { program: { id: string, name: string, defaultLevelOfCare: LevelOfCare, defaultCheckInSchedule: CheckInSchedule, notesRequireCosignature: boolean, reviewIntervalOverrides: Array<{ levelOfCare: LevelOfCare, days: number, defaultDays: number }>, riskThresholds: Array<{ key: string, value: number, defaultValue: number, overridden: boolean }> } };

export type CreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type CreateProgramMutation = { createProgram: { id: string, name: string, defaultLevelOfCare: LevelOfCare, defaultCheckInSchedule: CheckInSchedule, notesRequireCosignature: boolean, reviewIntervalOverrides: Array<{ levelOfCare: LevelOfCare, days: number, defaultDays: number }>, riskThresholds: Array<{ key: string, value: number, defaultValue: number, overridden: boolean }> } };

export type UpdateProgramMutationVariables = Exact<{
  input: UpdateProgramInput;
}>;


export type UpdateProgramMutation = { updateProgram: { id: string, name: string, defaultLevelOfCare: LevelOfCare, defaultCheckInSchedule: CheckInSchedule, notesRequireCosignature: boolean, reviewIntervalOverrides: Array<{ levelOfCare: LevelOfCare, days: number, defaultDays: number }>, riskThresholds: Array<{ key: string, value: number, defaultValue: number, overridden: boolean }> } };

export type RiskThresholdPreviewQueryVariables = Exact<{
  programId: string | number;
  thresholds: RiskThresholdsInput;
}>;


export type RiskThresholdPreviewQuery = { riskThresholdPreview: { clientsCounted: number, flaggedNow: number, flaggedAfter: number, newlyFlagged: number, noLongerFlagged: number, byFlag: Array<{ code: RiskFlagCode, now: number, after: number }> } };

export type UpdateRiskThresholdsMutationVariables = Exact<{
  input: UpdateRiskThresholdsInput;
}>;


export type UpdateRiskThresholdsMutation = { updateRiskThresholds: { id: string, name: string, defaultLevelOfCare: LevelOfCare, defaultCheckInSchedule: CheckInSchedule, notesRequireCosignature: boolean, reviewIntervalOverrides: Array<{ levelOfCare: LevelOfCare, days: number, defaultDays: number }>, riskThresholds: Array<{ key: string, value: number, defaultValue: number, overridden: boolean }> } };

export type StaffPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffPageQuery = { staffMembers: Array<{ id: string, displayName: string, email: string, role: StaffRole, status: StaffAccountStatus, lastSignedInAt: string | null, requiresCosignature: boolean, isPrivacyOfficer: boolean, twoFactorEnabled: boolean, openCaseloadSize: number, clientsNeedingReassignment: number, supervisor: { id: string, displayName: string } | null, programs: Array<{ id: string, name: string }> }>, programs: Array<{ id: string, name: string }> };

export type StaffAccountFieldsFragment = { id: string, displayName: string, email: string, role: StaffRole, status: StaffAccountStatus, lastSignedInAt: string | null, requiresCosignature: boolean, isPrivacyOfficer: boolean, twoFactorEnabled: boolean, openCaseloadSize: number, clientsNeedingReassignment: number, supervisor: { id: string, displayName: string } | null, programs: Array<{ id: string, name: string }> };

export type InviteStaffMemberMutationVariables = Exact<{
  input: InviteStaffMemberInput;
}>;


export type InviteStaffMemberMutation = { inviteStaffMember: { staffMember: { id: string, displayName: string, email: string, role: StaffRole, status: StaffAccountStatus, lastSignedInAt: string | null, requiresCosignature: boolean, isPrivacyOfficer: boolean, twoFactorEnabled: boolean, openCaseloadSize: number, clientsNeedingReassignment: number, supervisor: { id: string, displayName: string } | null, programs: Array<{ id: string, name: string }> }, setupLink: { path: string, expiresAt: string, purpose: AccountSetupPurpose } } };

export type UpdateStaffMemberMutationVariables = Exact<{
  input: UpdateStaffMemberInput;
}>;


export type UpdateStaffMemberMutation = { updateStaffMember: { id: string, displayName: string, email: string, role: StaffRole, status: StaffAccountStatus, lastSignedInAt: string | null, requiresCosignature: boolean, isPrivacyOfficer: boolean, twoFactorEnabled: boolean, openCaseloadSize: number, clientsNeedingReassignment: number, supervisor: { id: string, displayName: string } | null, programs: Array<{ id: string, name: string }> } };

export type DeactivateStaffMemberMutationVariables = Exact<{
  staffId: string | number;
}>;


export type DeactivateStaffMemberMutation = { deactivateStaffMember: { id: string, displayName: string, email: string, role: StaffRole, status: StaffAccountStatus, lastSignedInAt: string | null, requiresCosignature: boolean, isPrivacyOfficer: boolean, twoFactorEnabled: boolean, openCaseloadSize: number, clientsNeedingReassignment: number, supervisor: { id: string, displayName: string } | null, programs: Array<{ id: string, name: string }> } };

export type ReactivateStaffMemberMutationVariables = Exact<{
  staffId: string | number;
}>;


export type ReactivateStaffMemberMutation = { reactivateStaffMember: { id: string, displayName: string, email: string, role: StaffRole, status: StaffAccountStatus, lastSignedInAt: string | null, requiresCosignature: boolean, isPrivacyOfficer: boolean, twoFactorEnabled: boolean, openCaseloadSize: number, clientsNeedingReassignment: number, supervisor: { id: string, displayName: string } | null, programs: Array<{ id: string, name: string }> } };

export type ResetStaffTwoFactorMutationVariables = Exact<{
  staffId: string | number;
}>;


export type ResetStaffTwoFactorMutation = { resetStaffTwoFactor: boolean };

export type IssuePasswordResetLinkMutationVariables = Exact<{
  staffId: string | number;
}>;


export type IssuePasswordResetLinkMutation = { issuePasswordResetLink: { path: string, expiresAt: string, purpose: AccountSetupPurpose } };

export type AccountSetupLinkQueryVariables = Exact<{
  token: string;
}>;


export type AccountSetupLinkQuery = { accountSetupLink: { displayName: string, email: string, purpose: AccountSetupPurpose, expiresAt: string } };

export type CompleteAccountSetupMutationVariables = Exact<{
  input: CompleteAccountSetupInput;
}>;


export type CompleteAccountSetupMutation = { completeAccountSetup: { expiresAt: string, inactivitySignOutMinutes: number, me: { id: string, displayName: string, email: string, role: StaffRole, organizationName: string, organizationId: string, organizationTimeZone: string, twoFactorEnrolmentRequired: boolean, isPrivacyOfficer: boolean } } };

export type AuthSessionFieldsFragment = { expiresAt: string, inactivitySignOutMinutes: number, me: { id: string, displayName: string, email: string, role: StaffRole, organizationName: string, organizationId: string, organizationTimeZone: string, twoFactorEnrolmentRequired: boolean, isPrivacyOfficer: boolean } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, inactivitySignOutMinutes: number, me: { id: string, displayName: string, email: string, role: StaffRole, organizationName: string, organizationId: string, organizationTimeZone: string, twoFactorEnrolmentRequired: boolean, isPrivacyOfficer: boolean } } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { setupStatus: { needsSetup: boolean } };

export type SetUpOrganizationMutationVariables = Exact<{
  input: SetUpOrganizationInput;
}>;


export type SetUpOrganizationMutation = { setUpOrganization: { expiresAt: string, inactivitySignOutMinutes: number, me: { id: string, displayName: string, email: string, role: StaffRole, organizationName: string, organizationId: string, organizationTimeZone: string, twoFactorEnrolmentRequired: boolean, isPrivacyOfficer: boolean } } };

export type TwoFactorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type TwoFactorStatusQuery = { twoFactorStatus: { enabled: boolean, enabledAt: string | null, required: boolean, recoveryCodesLeft: number } };

export type BeginTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTwoFactorEnrolmentMutation = { beginTwoFactorEnrolment: { secret: string, qrCodeDataUrl: string } };

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;


export type ConfirmTwoFactorEnrolmentMutation = { confirmTwoFactorEnrolment: { recoveryCodes: Array<string>, session: { expiresAt: string, inactivitySignOutMinutes: number, me: { id: string, displayName: string, email: string, role: StaffRole, organizationName: string, organizationId: string, organizationTimeZone: string, twoFactorEnrolmentRequired: boolean, isPrivacyOfficer: boolean } } } };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: Array<string> };

export type CarePlanDetailFragment = { id: string, clientId: string, planVersion: number, version: number, status: CarePlanStatus, isOverdue: boolean, isPartialView: boolean, reviewDueOn: string | null, basedOnPlanId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, signedAt: string | null, returnedAt: string | null, returnComment: string | null, signOffComment: string | null, createdBy: { id: string, displayName: string }, updatedBy: { id: string, displayName: string }, submittedBy: { id: string, displayName: string } | null, signedBy: { id: string, displayName: string } | null, returnedBy: { id: string, displayName: string } | null, problems: Array<{ id: string, clientStatement: string | null, clinicalDescription: string | null, addressesDiagnosisCodes: Array<string> | null, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, targetDate: string | null, status: ObjectiveStatus, interventions: Array<{ id: string, description: string, frequency: string, modality: Modality, responsibleStaffId: string | null, responsibleStaff: { id: string, displayName: string } | null }> }> }> }> };

export type CarePlanPageQueryVariables = Exact<{
  clientId: string | number;
}>;


export type CarePlanPageQuery = { client: { id: string, firstName: string, lastName: string, preferredName: string | null, careTeam: Array<{ role: CareTeamRole, staff: { id: string, displayName: string } }> }, openCarePlan: { id: string, clientId: string, planVersion: number, version: number, status: CarePlanStatus, isOverdue: boolean, isPartialView: boolean, reviewDueOn: string | null, basedOnPlanId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, signedAt: string | null, returnedAt: string | null, returnComment: string | null, signOffComment: string | null, createdBy: { id: string, displayName: string }, updatedBy: { id: string, displayName: string }, submittedBy: { id: string, displayName: string } | null, signedBy: { id: string, displayName: string } | null, returnedBy: { id: string, displayName: string } | null, problems: Array<{ id: string, clientStatement: string | null, clinicalDescription: string | null, addressesDiagnosisCodes: Array<string> | null, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, targetDate: string | null, status: ObjectiveStatus, interventions: Array<{ id: string, description: string, frequency: string, modality: Modality, responsibleStaffId: string | null, responsibleStaff: { id: string, displayName: string } | null }> }> }> }> } | null, currentCarePlan: { id: string, clientId: string, planVersion: number, version: number, status: CarePlanStatus, isOverdue: boolean, isPartialView: boolean, reviewDueOn: string | null, basedOnPlanId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, signedAt: string | null, returnedAt: string | null, returnComment: string | null, signOffComment: string | null, createdBy: { id: string, displayName: string }, updatedBy: { id: string, displayName: string }, submittedBy: { id: string, displayName: string } | null, signedBy: { id: string, displayName: string } | null, returnedBy: { id: string, displayName: string } | null, problems: Array<{ id: string, clientStatement: string | null, clinicalDescription: string | null, addressesDiagnosisCodes: Array<string> | null, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, targetDate: string | null, status: ObjectiveStatus, interventions: Array<{ id: string, description: string, frequency: string, modality: Modality, responsibleStaffId: string | null, responsibleStaff: { id: string, displayName: string } | null }> }> }> }> } | null };

export type CarePlanVersionQueryVariables = Exact<{
  planId: string | number;
}>;


export type CarePlanVersionQuery = { carePlan: { id: string, clientId: string, planVersion: number, version: number, status: CarePlanStatus, isOverdue: boolean, isPartialView: boolean, reviewDueOn: string | null, basedOnPlanId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, signedAt: string | null, returnedAt: string | null, returnComment: string | null, signOffComment: string | null, client: { id: string, firstName: string, lastName: string, preferredName: string | null }, createdBy: { id: string, displayName: string }, updatedBy: { id: string, displayName: string }, submittedBy: { id: string, displayName: string } | null, signedBy: { id: string, displayName: string } | null, returnedBy: { id: string, displayName: string } | null, problems: Array<{ id: string, clientStatement: string | null, clinicalDescription: string | null, addressesDiagnosisCodes: Array<string> | null, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, targetDate: string | null, status: ObjectiveStatus, interventions: Array<{ id: string, description: string, frequency: string, modality: Modality, responsibleStaffId: string | null, responsibleStaff: { id: string, displayName: string } | null }> }> }> }> } };

export type CarePlanHistoryQueryVariables = Exact<{
  clientId: string | number;
}>;


export type CarePlanHistoryQuery = { carePlanHistory: Array<{ id: string, planVersion: number, status: CarePlanStatus, createdAt: string, submittedAt: string | null, signedAt: string | null, supersededAt: string | null, submittedBy: { id: string, displayName: string } | null, signedBy: { id: string, displayName: string } | null }> };

export type CarePlanDiffQueryVariables = Exact<{
  fromPlanId: string | number;
  toPlanId: string | number;
}>;


export type CarePlanDiffQuery = { carePlanDiff: Array<{ kind: CarePlanChangeKind, itemKind: CarePlanItemKind, itemId: string, label: string, fields: Array<string>, previousLabel: string | null }> };

export type StartCarePlanDraftMutationVariables = Exact<{
  clientId: string | number;
}>;


export type StartCarePlanDraftMutation = { startCarePlanDraft: { id: string, clientId: string, planVersion: number, version: number, status: CarePlanStatus, isOverdue: boolean, isPartialView: boolean, reviewDueOn: string | null, basedOnPlanId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, signedAt: string | null, returnedAt: string | null, returnComment: string | null, signOffComment: string | null, createdBy: { id: string, displayName: string }, updatedBy: { id: string, displayName: string }, submittedBy: { id: string, displayName: string } | null, signedBy: { id: string, displayName: string } | null, returnedBy: { id: string, displayName: string } | null, problems: Array<{ id: string, clientStatement: string | null, clinicalDescription: string | null, addressesDiagnosisCodes: Array<string> | null, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, targetDate: string | null, status: ObjectiveStatus, interventions: Array<{ id: string, description: string, frequency: string, modality: Modality, responsibleStaffId: string | null, responsibleStaff: { id: string, displayName: string } | null }> }> }> }> } };

export type SaveCarePlanDraftMutationVariables = Exact<{
  input: SaveCarePlanDraftInput;
}>;


export type SaveCarePlanDraftMutation = { saveCarePlanDraft: { id: string, clientId: string, planVersion: number, version: number, status: CarePlanStatus, isOverdue: boolean, isPartialView: boolean, reviewDueOn: string | null, basedOnPlanId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, signedAt: string | null, returnedAt: string | null, returnComment: string | null, signOffComment: string | null, createdBy: { id: string, displayName: string }, updatedBy: { id: string, displayName: string }, submittedBy: { id: string, displayName: string } | null, signedBy: { id: string, displayName: string } | null, returnedBy: { id: string, displayName: string } | null, problems: Array<{ id: string, clientStatement: string | null, clinicalDescription: string | null, addressesDiagnosisCodes: Array<string> | null, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, targetDate: string | null, status: ObjectiveStatus, interventions: Array<{ id: string, description: string, frequency: string, modality: Modality, responsibleStaffId: string | null, responsibleStaff: { id: string, displayName: string } | null }> }> }> }> } };

export type SubmitCarePlanForReviewMutationVariables = Exact<{
  planId: string | number;
  expectedVersion: number;
}>;


export type SubmitCarePlanForReviewMutation = { submitCarePlanForReview: { id: string, clientId: string, planVersion: number, version: number, status: CarePlanStatus, isOverdue: boolean, isPartialView: boolean, reviewDueOn: string | null, basedOnPlanId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, signedAt: string | null, returnedAt: string | null, returnComment: string | null, signOffComment: string | null, createdBy: { id: string, displayName: string }, updatedBy: { id: string, displayName: string }, submittedBy: { id: string, displayName: string } | null, signedBy: { id: string, displayName: string } | null, returnedBy: { id: string, displayName: string } | null, problems: Array<{ id: string, clientStatement: string | null, clinicalDescription: string | null, addressesDiagnosisCodes: Array<string> | null, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, targetDate: string | null, status: ObjectiveStatus, interventions: Array<{ id: string, description: string, frequency: string, modality: Modality, responsibleStaffId: string | null, responsibleStaff: { id: string, displayName: string } | null }> }> }> }> } };

export type PlanObjectiveProgressNotesQueryVariables = Exact<{
  clientId: string | number;
}>;


export type PlanObjectiveProgressNotesQuery = { progressNotes: Array<{ id: string, status: ProgressNoteStatus, format: ProgressNoteFormat, sessionDate: string, objectives: Array<{ objectiveId: string, objectiveDescription: string, progress: ObjectiveProgressRating }> }> };

export type CarePlanClientDiagnosesQueryVariables = Exact<{
  clientId: string | number;
}>;


export type CarePlanClientDiagnosesQuery = { client: { id: string, dualDiagnosis: boolean | null, receivingIntegratedTreatment: boolean, diagnoses: Array<{ id: string, icd10Code: string, description: string, status: DiagnosisStatus, category: DiagnosisCategory, inRemissionByCode: boolean }> | null, integratedCareGap: { summary: string, hasActivePlan: boolean, unaddressedDiagnoses: Array<{ id: string, icd10Code: string, description: string }> } | null } };

export type SignOffQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type SignOffQueueQuery = { carePlansAwaitingSignOff: Array<{ id: string, planVersion: number, version: number, submittedAt: string | null, submittedBy: { id: string, displayName: string } | null, client: { id: string, firstName: string, lastName: string, preferredName: string | null } }>, carePlansOverdue: Array<{ id: string, planVersion: number, reviewDueOn: string | null, client: { id: string, firstName: string, lastName: string, preferredName: string | null } }> };

export type SignOffCarePlanMutationVariables = Exact<{
  planId: string | number;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type SignOffCarePlanMutation = { signOffCarePlan: { id: string, status: CarePlanStatus, version: number, signedAt: string | null, reviewDueOn: string | null } };

export type ReturnCarePlanForChangesMutationVariables = Exact<{
  planId: string | number;
  expectedVersion: number;
  comment: string;
}>;


export type ReturnCarePlanForChangesMutation = { returnCarePlanForChanges: { id: string, status: CarePlanStatus, version: number, returnedAt: string | null, returnComment: string | null } };

export type ClientCareTeamQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientCareTeamQuery = { client: { id: string, status: ClientStatus, admissionDate: string, program: { id: string, name: string }, careTeam: Array<{ role: CareTeamRole, startedOn: string, staff: { id: string, displayName: string } }>, careTeamHistory: Array<{ role: CareTeamRole, startedOn: string, endedOn: string | null, staff: { id: string, displayName: string } }> } };

export type CareTeamPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type CareTeamPickerQuery = { careTeamCandidates: Array<{ id: string, displayName: string, role: StaffRole }> };

export type AssignCareTeamMemberMutationVariables = Exact<{
  input: AssignCareTeamMemberInput;
}>;


export type AssignCareTeamMemberMutation = { assignCareTeamMember: { id: string, careTeam: Array<{ role: CareTeamRole, startedOn: string, staff: { id: string, displayName: string } }> } };

export type CaseloadBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadBalanceQuery = { caseloadBalance: { rows: Array<{ role: CareTeamRole, clients: number, urgent: number, warning: number, overloaded: boolean, staff: { id: string, displayName: string, role: StaffRole, active: boolean }, byLevelOfCare: Array<{ levelOfCare: LevelOfCare, clients: number }> }>, needsReassignment: Array<{ clientId: string, firstName: string, lastName: string, role: CareTeamRole, staff: { id: string, displayName: string } }> }, programs: Array<{ id: string, name: string }> };

export type CaseloadOfQueryVariables = Exact<{
  staffId: string | number;
}>;


export type CaseloadOfQuery = { caseloadOf: Array<{ id: string, firstName: string, lastName: string, preferredName: string | null, levelOfCare: LevelOfCare, riskFlags: Array<{ code: RiskFlagCode, severity: RiskSeverity }> }> };

export type MoveCaseloadMutationVariables = Exact<{
  input: MoveCaseloadInput;
}>;


export type MoveCaseloadMutation = { moveCaseload: number };

export type CaseloadClientsQueryVariables = Exact<{
  filter?: ClientFilterInput | null | undefined;
  sort?: ClientSortInput | null | undefined;
  offset: number;
  limit: number;
  withDiagnoses: boolean;
}>;


export type CaseloadClientsQuery = { clients: { total: number, offset: number, limit: number, items: Array<{ id: string, firstName: string, lastName: string, preferredName: string | null, pronouns: string | null, status: ClientStatus, levelOfCare: LevelOfCare, admissionDate: string, daysInTreatment: number, daysSinceRecoveryStart: number | null, lastCheckInAt: string | null, carePlanStatus: CarePlanStatus | null, dualDiagnosis?: boolean | null, highestRiskSeverity: RiskSeverity | null, currentCarePlan: { id: string, isOverdue: boolean } | null, nextMilestone: { label: string, date: string, daysUntil: number } | null, riskFlags: Array<{ code: RiskFlagCode, severity: RiskSeverity, reason: string }>, program: { id: string, name: string }, careTeam: Array<{ role: CareTeamRole, staff: { id: string, displayName: string } }> }> } };

export type CaseloadProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadProgramsQuery = { programs: Array<{ id: string, name: string }> };

export type AdministerMeasureMutationVariables = Exact<{
  input: AdministerMeasureInput;
}>;


export type AdministerMeasureMutation = { administerMeasure: { id: string, instrument: MeasureInstrument, instrumentVersion: string, administeredOn: string, total: number | null, band: string | null, bandLabel: string | null, alerts: Array<string>, urgentSafetyFollowUp: boolean, bamSubscores: { use: number, risk: number, protective: number } | null } };

export type MeasureResultFragment = { id: string, instrument: MeasureInstrument, instrumentVersion: string, administeredOn: string, total: number | null, band: string | null, bandLabel: string | null, alerts: Array<string>, urgentSafetyFollowUp: boolean, bamSubscores: { use: number, risk: number, protective: number } | null };

export type ClientCheckInsQueryVariables = Exact<{
  clientId: string | number;
  from: string;
  to: string;
}>;


export type ClientCheckInsQuery = { checkIns: Array<{ id: string, occurredAt: string, channel: CheckInChannel, craving: number | null, mood: number | null, confidence: number | null, usedSubstances: boolean, substances: Array<string>, attendedMeeting: boolean, meetingKind: MutualAidMeetingKind | null, triggers: Array<CheckInTrigger>, note: string | null, recordedBy: { id: string, displayName: string, role: StaffRole } | null }>, checkInCompletion: { days: number, expected: number, received: number, rate: number | null, schedule: CheckInSchedule, from: string, to: string } };

export type LogCheckInMutationVariables = Exact<{
  input: LogCheckInInput;
}>;


export type LogCheckInMutation = { logCheckIn: { id: string, occurredAt: string, channel: CheckInChannel, recordedBy: { id: string, displayName: string } | null } };

export type ClientCircleOfSupportQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ClientCircleOfSupportQuery = { client: { id: string, circleOfSupport: { supportiveMembers: number, riskMembers: number, familyEventsLast30Days: number, peerContactsLast30Days: number, checkInsLast30Days: number, meetingsReportedLast30Days: number, programMedian: { medianOverClients: number, supportiveMembers: number | null, riskMembers: number | null, familyEventsLast30Days: number | null, peerContactsLast30Days: number | null, checkInsLast30Days: number | null, meetingsReportedLast30Days: number | null } } | null } };

export type ClientRecordQueryVariables = Exact<{
  id: string | number;
  clinical: boolean;
}>;


export type ClientRecordQuery = { client: { id: string, firstName: string, lastName: string, preferredName: string | null, pronouns: string | null, status: ClientStatus, levelOfCare: LevelOfCare, admissionDate: string, recoveryStartDate: string | null, daysInTreatment: number, daysSinceRecoveryStart: number | null, dischargeDate: string | null, carePlanStatus: CarePlanStatus | null, dualDiagnosis?: boolean | null, dualDiagnosisBasis?: Array<string> | null, receivingIntegratedTreatment: boolean, version: number, program: { id: string, name: string }, careTeam: Array<{ role: CareTeamRole, startedOn: string, staff: { id: string, displayName: string } }>, riskFlags: Array<{ code: RiskFlagCode, severity: RiskSeverity, reason: string }>, levelOfCareHistory: Array<{ id: string, effectiveOn: string, fromLevel: LevelOfCare | null, toLevel: LevelOfCare, reason: string | null }>, nextMilestone: { code: string, label: string, date: string, daysUntil: number } | null, lastMilestone: { code: string, label: string, date: string, daysUntil: number } | null, currentCarePlan: { id: string, status: CarePlanStatus, planVersion: number, reviewDueOn: string | null, isOverdue: boolean, isPartialView: boolean, signedAt: string | null, signedBy: { id: string, displayName: string } | null, problems: Array<{ id: string, clientStatement: string | null, clinicalDescription: string | null, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, status: ObjectiveStatus, targetDate: string | null, interventions: Array<{ id: string, description: string, frequency: string, modality: Modality, responsibleStaff: { id: string, displayName: string } | null }> }> }> }> } | null, supportNetwork: Array<{ id: string, name: string, relationship: SupportRelationship, stance: RecoveryStance, involvedInTreatment: boolean, phone: string | null, email: string | null, note: string | null, version: number }>, diagnoses?: Array<{ id: string, icd10Code: string, description: string, status: DiagnosisStatus, category: DiagnosisCategory, onsetDate: string | null, inRemissionByCode: boolean, version: number }> | null, integratedCareGap?: { summary: string, hasActivePlan: boolean, activeCarePlanId: string | null, unaddressedDiagnoses: Array<{ id: string, icd10Code: string, description: string }> } | null, familyEngagementSummary?: { eventsLast30Days: number, eventsLast90Days: number, lastEventOn: string | null } | null, familyEngagementEvents?: Array<{ id: string, type: FamilyEngagementType, occurredOn: string, note: string | null, attendees: Array<{ id: string, name: string, relationship: SupportRelationship }>, staff: { id: string, displayName: string } }> | null, consents?: Array<{ id: string, recipientLabel: string, recipientKind: ConsentRecipientKind, recipientMemberId: string | null, scopes: Array<ConsentScope>, purpose: string, informationDescription: string | null, signedOn: string, effectiveOn: string, expiresOn: string | null, expiryEvent: string | null, revokedOn: string | null, status: ConsentStatus, active: boolean, version: number }> | null } };

export type DiagnosisCatalogQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DiagnosisCatalogQuery = { diagnosisCatalog: Array<{ code: string, description: string }> };

export type RecordDiagnosisMutationVariables = Exact<{
  input: RecordDiagnosisInput;
}>;


export type RecordDiagnosisMutation = { recordDiagnosis: { id: string, icd10Code: string, description: string, status: DiagnosisStatus, category: DiagnosisCategory, onsetDate: string | null, inRemissionByCode: boolean, version: number } };

export type UpdateDiagnosisMutationVariables = Exact<{
  input: UpdateDiagnosisInput;
}>;


export type UpdateDiagnosisMutation = { updateDiagnosis: { id: string, icd10Code: string, description: string, status: DiagnosisStatus, category: DiagnosisCategory, onsetDate: string | null, inRemissionByCode: boolean, version: number } };

export type SetIntegratedTreatmentMutationVariables = Exact<{
  clientId: string | number;
  receiving: boolean;
  expectedVersion: number;
}>;


export type SetIntegratedTreatmentMutation = { setIntegratedTreatment: { id: string, receivingIntegratedTreatment: boolean, version: number } };

export type ClientEpisodesQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientEpisodesQuery = { client: { id: string, firstName: string, lastName: string, preferredName: string | null, version: number, status: ClientStatus, levelOfCare: LevelOfCare, admissionDate: string, recoveryStartDate: string | null, checkInSchedule: CheckInSchedule, dischargeDate: string | null, dischargeReason: DischargeReason | null, program: { id: string, name: string }, careTeam: Array<{ role: CareTeamRole, staff: { id: string, displayName: string } }>, levelOfCareHistory: Array<{ id: string, effectiveOn: string }>, episodes: Array<{ id: string, sequence: number, admissionDate: string, levelOfCare: LevelOfCare, status: ClientStatus, dischargeDate: string | null, dischargeReason: DischargeReason | null, program: { id: string, name: string }, counselorAtDischarge: { id: string, displayName: string } | null, levelOfCareHistory: Array<{ id: string, effectiveOn: string, fromLevel: LevelOfCare | null, toLevel: LevelOfCare, reason: string | null }> }> } };

export type ReadmitOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmitOptionsQuery = { programs: Array<{ id: string, name: string, defaultLevelOfCare: LevelOfCare }>, careTeamCandidates: Array<{ id: string, displayName: string, role: StaffRole }> };

export type ChangeLevelOfCareMutationVariables = Exact<{
  input: ChangeLevelOfCareInput;
}>;


export type ChangeLevelOfCareMutation = { changeLevelOfCare: { id: string, version: number, levelOfCare: LevelOfCare } };

export type DischargeClientMutationVariables = Exact<{
  input: DischargeClientInput;
}>;


export type DischargeClientMutation = { dischargeClient: { id: string, version: number, status: ClientStatus, dischargeDate: string | null, dischargeReason: DischargeReason | null } };

export type ReadmitClientMutationVariables = Exact<{
  input: ReadmitClientInput;
}>;


export type ReadmitClientMutation = { readmitClient: { id: string, version: number, status: ClientStatus, levelOfCare: LevelOfCare, admissionDate: string, dischargeDate: string | null, dischargeReason: DischargeReason | null } };

export type SetCheckInScheduleMutationVariables = Exact<{
  clientId: string | number;
  schedule: CheckInSchedule;
  expectedVersion: number;
}>;


export type SetCheckInScheduleMutation = { setCheckInSchedule: { id: string, version: number, checkInSchedule: CheckInSchedule } };

export type ResetRecoveryStartDateMutationVariables = Exact<{
  input: ResetRecoveryStartDateInput;
}>;


export type ResetRecoveryStartDateMutation = { resetRecoveryStartDate: { id: string, version: number, recoveryStartDate: string | null } };

export type ClientMeasuresQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ClientMeasuresQuery = { phq9: Array<{ id: string, instrument: MeasureInstrument, administeredOn: string, total: number | null, band: string | null, bandLabel: string | null, alerts: Array<string> }>, gad7: Array<{ id: string, instrument: MeasureInstrument, administeredOn: string, total: number | null, band: string | null, bandLabel: string | null, alerts: Array<string> }>, barc10: Array<{ id: string, instrument: MeasureInstrument, administeredOn: string, total: number | null, band: string | null, bandLabel: string | null, alerts: Array<string> }>, bam: Array<{ id: string, administeredOn: string, instrumentVersion: string, bamSubscores: { use: number, risk: number, protective: number } | null }> };

export type MeasurePointFragment = { id: string, instrument: MeasureInstrument, administeredOn: string, total: number | null, band: string | null, bandLabel: string | null, alerts: Array<string> };

export type BamPointFragment = { id: string, administeredOn: string, instrumentVersion: string, bamSubscores: { use: number, risk: number, protective: number } | null };

export type ClientPeerContactsQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ClientPeerContactsQuery = { peerContacts: Array<{ id: string, occurredOn: string, durationMinutes: number, mode: PeerContactMode, supportTypes: Array<SupportType>, practicalHelp: Array<PracticalHelp>, note: string | null, nextFollowUpOn: string | null, peerWorker: { id: string, displayName: string } }> };

export type ClientProgressNotesQueryVariables = Exact<{
  clientId: string | number;
  objectiveId?: string | null | undefined;
  format?: ProgressNoteFormat | null | undefined;
}>;


export type ClientProgressNotesQuery = { progressNotes: Array<{ id: string, status: ProgressNoteStatus, format: ProgressNoteFormat, sessionType: SessionType, sessionDate: string, startTime: string | null, attendance: SessionAttendance, awaitingCosignature: boolean, author: { id: string, displayName: string }, objectives: Array<{ objectiveId: string, objectiveDescription: string, progress: ObjectiveProgressRating }> }> };

export type AddSupportNetworkMemberMutationVariables = Exact<{
  input: AddSupportNetworkMemberInput;
}>;


export type AddSupportNetworkMemberMutation = { addSupportNetworkMember: { id: string, name: string, relationship: SupportRelationship, stance: RecoveryStance, involvedInTreatment: boolean, phone: string | null, email: string | null, note: string | null, version: number } };

export type UpdateSupportNetworkMemberMutationVariables = Exact<{
  input: UpdateSupportNetworkMemberInput;
}>;


export type UpdateSupportNetworkMemberMutation = { updateSupportNetworkMember: { id: string, name: string, relationship: SupportRelationship, stance: RecoveryStance, involvedInTreatment: boolean, phone: string | null, email: string | null, note: string | null, version: number } };

export type RemoveSupportNetworkMemberMutationVariables = Exact<{
  memberId: string | number;
  expectedVersion: number;
}>;


export type RemoveSupportNetworkMemberMutation = { removeSupportNetworkMember: { id: string, removedAt: string | null, version: number } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, recipientLabel: string, status: ConsentStatus, version: number } };

export type RevokeConsentMutationVariables = Exact<{
  consentId: string | number;
  expectedVersion: number;
  revokedOn?: string | null | undefined;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, status: ConsentStatus, revokedOn: string | null, active: boolean, version: number } };

export type LogFamilyEngagementMutationVariables = Exact<{
  input: LogFamilyEngagementInput;
}>;


export type LogFamilyEngagementMutation = { logFamilyEngagement: { id: string, type: FamilyEngagementType, occurredOn: string } };

export type DashboardRetentionQueryVariables = Exact<{
  input: MetricsRangeInput;
}>;


export type DashboardRetentionQuery = { retention: { dimension: MetricDimension, rates: Array<{ group: string, days: number, eligible: number, retained: number, rate: number | null }>, curves: Array<{ group: string, clients: number, steps: Array<{ days: number, atRisk: number, events: number, censored: number, survival: number }> }> } };

export type RetentionCurveFieldsFragment = { group: string, clients: number, steps: Array<{ days: number, atRisk: number, events: number, censored: number, survival: number }> };

export type DashboardCheckInTrendsQueryVariables = Exact<{
  input: MetricsRangeInput;
}>;


export type DashboardCheckInTrendsQuery = { checkInTrends: Array<{ group: string, weeks: Array<{ weekStart: string, clientsInCare: number, expected: number, received: number, completionRate: number | null, meanCraving: number | null, meanMood: number | null, shareReportingUse: number | null, shareAttendingMeetings: number | null }> }> };

export type DashboardCaseloadSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCaseloadSummaryQuery = { caseloadSummary: Array<{ counselorId: string, counselorName: string, activeClients: number, urgentFlags: number, warningFlags: number, infoFlags: number, clientsWithUrgentFlags: number, plansOverdue: number, plansAwaitingSignOff: number, familyEngagedLast30Days: number, clientsWithPeerWorker: number, peerContactedLast14Days: number }> };

export type DashboardReadmissionsQueryVariables = Exact<{
  input: MetricsRangeInput;
}>;


export type DashboardReadmissionsQuery = { readmissions: { from: string, to: string, episodes: EpisodeSelection, overall: { dischargeReason: DischargeReason | null, discharges: number, eligibleWithin30Days: number, readmittedWithin30Days: number, rateWithin30Days: number | null, eligibleWithin90Days: number, readmittedWithin90Days: number, rateWithin90Days: number | null }, byDischargeReason: Array<{ dischargeReason: DischargeReason | null, discharges: number, eligibleWithin30Days: number, readmittedWithin30Days: number, rateWithin30Days: number | null, eligibleWithin90Days: number, readmittedWithin90Days: number, rateWithin90Days: number | null }> } };

export type ReadmissionRateFieldsFragment = { dischargeReason: DischargeReason | null, discharges: number, eligibleWithin30Days: number, readmittedWithin30Days: number, rateWithin30Days: number | null, eligibleWithin90Days: number, readmittedWithin90Days: number, rateWithin90Days: number | null };

export type SupportSystemRetentionQueryVariables = Exact<{
  input: MetricsRangeInput;
}>;


export type SupportSystemRetentionQuery = { retention: { dimension: MetricDimension, landmarkDays: number | null, logRank: { chiSquare: number, degreesOfFreedom: number, pValue: number, groups: number } | null, curves: Array<{ tooSmallToRead: boolean, group: string, clients: number, steps: Array<{ days: number, atRisk: number, events: number, censored: number, survival: number }> }> } };

export type RetentionGroupClientsQueryVariables = Exact<{
  input: MetricsRangeInput;
  group: string;
}>;


export type RetentionGroupClientsQuery = { retentionGroupClients: Array<{ admissionDate: string, dischargeDate: string | null, daysInTreatment: number, leftCare: boolean, client: { id: string, firstName: string, lastName: string } }> };

export type EmergencyAccessFieldsFragment = { id: string, clientId: string, clientName: string, staffName: string, natureOfEmergency: string, recipientName: string | null, recipientAffiliation: string | null, grantedAt: string, expiresAt: string };

export type FindClientForEmergencyQueryVariables = Exact<{
  lastName: string;
  dateOfBirth: string;
}>;


export type FindClientForEmergencyQuery = { findClientForEmergency: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, restricted: boolean }> };

export type RecentEmergencyAccessesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentEmergencyAccessesQuery = { recentEmergencyAccesses: Array<{ id: string, clientId: string, clientName: string, staffName: string, natureOfEmergency: string, recipientName: string | null, recipientAffiliation: string | null, grantedAt: string, expiresAt: string }> };

export type RequestEmergencyAccessMutationVariables = Exact<{
  clientId: string | number;
  natureOfEmergency: string;
  recipientName?: string | null | undefined;
  recipientAffiliation?: string | null | undefined;
}>;


export type RequestEmergencyAccessMutation = { requestEmergencyAccess: { id: string, clientId: string, clientName: string, staffName: string, natureOfEmergency: string, recipientName: string | null, recipientAffiliation: string | null, grantedAt: string, expiresAt: string } };

export type ClientEmergencyStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientEmergencyStateQuery = { client: { id: string, restricted: boolean, emergencyAccessUntil: string | null, mayChangeRestriction: boolean } };

export type EmergencyAccessesForClientQueryVariables = Exact<{
  clientId: string | number;
}>;


export type EmergencyAccessesForClientQuery = { emergencyAccessesForClient: Array<{ id: string, clientId: string, clientName: string, staffName: string, natureOfEmergency: string, recipientName: string | null, recipientAffiliation: string | null, grantedAt: string, expiresAt: string }> };

export type MarkClientRestrictedMutationVariables = Exact<{
  clientId: string | number;
  reason: string;
}>;


export type MarkClientRestrictedMutation = { markClientRestricted: string };

export type UnmarkClientRestrictedMutationVariables = Exact<{
  clientId: string | number;
  reason: string;
}>;


export type UnmarkClientRestrictedMutation = { unmarkClientRestricted: string };

export type AdmitClientFormQueryVariables = Exact<{ [key: string]: never; }>;


export type AdmitClientFormQuery = { programs: Array<{ id: string, name: string, defaultLevelOfCare: LevelOfCare, defaultCheckInSchedule: CheckInSchedule }>, careTeamCandidates: Array<{ id: string, displayName: string, role: StaffRole }> };

export type PossibleDuplicateClientsQueryVariables = Exact<{
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}>;


export type PossibleDuplicateClientsQuery = { possibleDuplicateClients: Array<{ clientId: string, firstName: string, lastName: string, dateOfBirth: string, status: ClientStatus, lastDischargeDate: string | null, canOpen: boolean, canReadmit: boolean }> };

export type AdmitClientMutationVariables = Exact<{
  input: AdmitClientInput;
}>;


export type AdmitClientMutation = { admitClient: { id: string, firstName: string, lastName: string, status: ClientStatus, version: number } };

export type LogContactFormQueryVariables = Exact<{ [key: string]: never; }>;


export type LogContactFormQuery = { clients: { items: Array<{ id: string, firstName: string, lastName: string, preferredName: string | null }> }, peerContactDefaults: { durationMinutes: number, mode: PeerContactMode, fromLastContact: boolean } };

export type LogPeerContactMutationVariables = Exact<{
  input: LogPeerContactInput;
}>;


export type LogPeerContactMutation = { logPeerContact: { id: string, occurredOn: string, durationMinutes: number, mode: PeerContactMode, supportTypes: Array<SupportType>, practicalHelp: Array<PracticalHelp>, nextFollowUpOn: string | null, undoableUntil: string, client: { id: string, firstName: string, lastName: string, lastPeerContactOn: string | null } } };

export type WithdrawPeerContactMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawPeerContactMutation = { withdrawPeerContact: { id: string, withdrawnAt: string | null } };

export type PeerTodayQueryVariables = Exact<{
  milestonesFrom: string;
  milestonesTo: string;
}>;


export type PeerTodayQuery = { clients: { total: number, items: Array<{ id: string, firstName: string, lastName: string, preferredName: string | null, lastPeerContactOn: string | null, nextMilestone: { code: string, label: string, date: string, daysUntil: number } | null }> }, myFollowUpsDue: Array<{ id: string, occurredOn: string, nextFollowUpOn: string | null, client: { id: string, firstName: string, lastName: string } }>, milestonesReached: Array<{ client: { id: string, firstName: string, lastName: string }, milestone: { code: string, label: string, date: string, daysUntil: number } }> };

export type ClientAccessLogQueryVariables = Exact<{
  clientId: string | number;
  filter?: ClientAccessLogFilter | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ClientAccessLogQuery = { clientAccessLog: { total: number, people: Array<{ id: string, displayName: string }>, items: Array<{ id: string, occurredAt: string, staffId: string, staffName: string, role: StaffRole, action: string, entityType: string, entityId: string, fields: Array<string>, clientAddress: string | null, userAgent: string | null, outcome: AuditOutcome, reason: string | null }> } };

export type DisclosureAccountingQueryVariables = Exact<{
  clientId: string | number;
  from?: string | null | undefined;
}>;


export type DisclosureAccountingQuery = { disclosureAccounting: { from: string, to: string, entries: Array<{ disclosedOn: string, firstDisclosedAt: string, times: number, recipientStaffId: string, recipientName: string, recipientAffiliation: string, information: ConsentScope, purpose: string, consentId: string, consentRecipientKind: ConsentRecipientKind, consentEffectiveOn: string, consentExpiresOn: string | null, consentRevokedAt: string | null }> } };

export type PrivacyClientsQueryVariables = Exact<{
  name: string;
}>;


export type PrivacyClientsQuery = { privacyClients: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, status: string }> };

export type ProgressNoteDetailFragment = { id: string, version: number, status: ProgressNoteStatus, format: ProgressNoteFormat, sessionType: SessionType, sessionDate: string, startTime: string | null, durationMinutes: number | null, attendance: SessionAttendance, modality: Modality | null, updatedAt: string, signedAt: string | null, cosignatureRequired: boolean, awaitingCosignature: boolean, cosignedAt: string | null, cosignedBy: { id: string, displayName: string } | null, author: { id: string, displayName: string }, client: { id: string, firstName: string, lastName: string, preferredName: string | null }, sections: Array<{ key: string, label: string, prompt: string, text: string }>, objectives: Array<{ carePlanId: string, objectiveId: string, objectiveDescription: string, progress: ObjectiveProgressRating, interventions: Array<{ id: string, description: string }> }>, addenda: Array<{ id: string, text: string, signedAt: string, author: { id: string, displayName: string } }> };

export type ProgressNotePageQueryVariables = Exact<{
  noteId: string | number;
}>;


export type ProgressNotePageQuery = { progressNote: { id: string, version: number, status: ProgressNoteStatus, format: ProgressNoteFormat, sessionType: SessionType, sessionDate: string, startTime: string | null, durationMinutes: number | null, attendance: SessionAttendance, modality: Modality | null, updatedAt: string, signedAt: string | null, cosignatureRequired: boolean, awaitingCosignature: boolean, cosignedAt: string | null, cosignedBy: { id: string, displayName: string } | null, author: { id: string, displayName: string }, client: { id: string, firstName: string, lastName: string, preferredName: string | null }, sections: Array<{ key: string, label: string, prompt: string, text: string }>, objectives: Array<{ carePlanId: string, objectiveId: string, objectiveDescription: string, progress: ObjectiveProgressRating, interventions: Array<{ id: string, description: string }> }>, addenda: Array<{ id: string, text: string, signedAt: string, author: { id: string, displayName: string } }> } };

export type ProgressNoteActivePlanQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ProgressNoteActivePlanQuery = { currentCarePlan: { id: string, planVersion: number, problems: Array<{ id: string, goals: Array<{ id: string, description: string, objectives: Array<{ id: string, description: string, interventions: Array<{ id: string, description: string }> }> }> }> } | null };

export type SaveProgressNoteDraftMutationVariables = Exact<{
  input: SaveProgressNoteDraftInput;
}>;


export type SaveProgressNoteDraftMutation = { saveProgressNoteDraft: { id: string, version: number, status: ProgressNoteStatus, format: ProgressNoteFormat, sessionType: SessionType, sessionDate: string, startTime: string | null, durationMinutes: number | null, attendance: SessionAttendance, modality: Modality | null, updatedAt: string, signedAt: string | null, cosignatureRequired: boolean, awaitingCosignature: boolean, cosignedAt: string | null, cosignedBy: { id: string, displayName: string } | null, author: { id: string, displayName: string }, client: { id: string, firstName: string, lastName: string, preferredName: string | null }, sections: Array<{ key: string, label: string, prompt: string, text: string }>, objectives: Array<{ carePlanId: string, objectiveId: string, objectiveDescription: string, progress: ObjectiveProgressRating, interventions: Array<{ id: string, description: string }> }>, addenda: Array<{ id: string, text: string, signedAt: string, author: { id: string, displayName: string } }> } };

export type SignProgressNoteMutationVariables = Exact<{
  noteId: string | number;
  expectedVersion: number;
}>;


export type SignProgressNoteMutation = { signProgressNote: { id: string, version: number, status: ProgressNoteStatus, format: ProgressNoteFormat, sessionType: SessionType, sessionDate: string, startTime: string | null, durationMinutes: number | null, attendance: SessionAttendance, modality: Modality | null, updatedAt: string, signedAt: string | null, cosignatureRequired: boolean, awaitingCosignature: boolean, cosignedAt: string | null, cosignedBy: { id: string, displayName: string } | null, author: { id: string, displayName: string }, client: { id: string, firstName: string, lastName: string, preferredName: string | null }, sections: Array<{ key: string, label: string, prompt: string, text: string }>, objectives: Array<{ carePlanId: string, objectiveId: string, objectiveDescription: string, progress: ObjectiveProgressRating, interventions: Array<{ id: string, description: string }> }>, addenda: Array<{ id: string, text: string, signedAt: string, author: { id: string, displayName: string } }> } };

export type DiscardProgressNoteDraftMutationVariables = Exact<{
  noteId: string | number;
  expectedVersion: number;
}>;


export type DiscardProgressNoteDraftMutation = { discardProgressNoteDraft: boolean };

export type AddProgressNoteAddendumMutationVariables = Exact<{
  input: AddProgressNoteAddendumInput;
}>;


export type AddProgressNoteAddendumMutation = { addProgressNoteAddendum: { id: string, version: number, status: ProgressNoteStatus, format: ProgressNoteFormat, sessionType: SessionType, sessionDate: string, startTime: string | null, durationMinutes: number | null, attendance: SessionAttendance, modality: Modality | null, updatedAt: string, signedAt: string | null, cosignatureRequired: boolean, awaitingCosignature: boolean, cosignedAt: string | null, cosignedBy: { id: string, displayName: string } | null, author: { id: string, displayName: string }, client: { id: string, firstName: string, lastName: string, preferredName: string | null }, sections: Array<{ key: string, label: string, prompt: string, text: string }>, objectives: Array<{ carePlanId: string, objectiveId: string, objectiveDescription: string, progress: ObjectiveProgressRating, interventions: Array<{ id: string, description: string }> }>, addenda: Array<{ id: string, text: string, signedAt: string, author: { id: string, displayName: string } }> } };

export type StartProgressNoteMutationVariables = Exact<{
  input: StartProgressNoteInput;
}>;


export type StartProgressNoteMutation = { startProgressNote: { id: string, status: ProgressNoteStatus, format: ProgressNoteFormat, sessionType: SessionType, sessionDate: string, version: number, client: { id: string } } };

export type ProgressNotesAwaitingCosignatureQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressNotesAwaitingCosignatureQuery = { progressNotesAwaitingCosignature: Array<{ id: string, format: ProgressNoteFormat, sessionType: SessionType, sessionDate: string, signedAt: string | null, awaitingCosignature: boolean, author: { id: string, displayName: string }, client: { id: string, firstName: string, lastName: string, preferredName: string | null } }> };

export type CosignProgressNoteMutationVariables = Exact<{
  noteId: string | number;
}>;


export type CosignProgressNoteMutation = { cosignProgressNote: { id: string, awaitingCosignature: boolean, cosignedAt: string | null, cosignedBy: { id: string, displayName: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RenewSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RenewSessionMutation = { renewSession: { expiresAt: string, inactivitySignOutMinutes: number, me: { id: string, displayName: string, email: string, role: StaffRole, organizationName: string, organizationId: string, organizationTimeZone: string, twoFactorEnrolmentRequired: boolean, isPrivacyOfficer: boolean } } };

export const ProgramSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLevelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCheckInSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"notesRequireCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}}]}}]} as unknown as DocumentNode<ProgramSettingsFieldsFragment, unknown>;
export const StaffAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseloadSize"}},{"kind":"Field","name":{"kind":"Name","value":"clientsNeedingReassignment"}}]}}]} as unknown as DocumentNode<StaffAccountFieldsFragment, unknown>;
export const AuthSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"inactivitySignOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}}]}}]}}]} as unknown as DocumentNode<AuthSessionFieldsFragment, unknown>;
export const CarePlanDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPartialView"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"signOffComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientStatement"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalDescription"}},{"kind":"Field","name":{"kind":"Name","value":"addressesDiagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CarePlanDetailFragment, unknown>;
export const MeasureResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bamSubscores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"use"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"protective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"urgentSafetyFollowUp"}}]}}]} as unknown as DocumentNode<MeasureResultFragment, unknown>;
export const MeasurePointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurePoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}}]}}]} as unknown as DocumentNode<MeasurePointFragment, unknown>;
export const BamPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BamPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"bamSubscores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"use"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"protective"}}]}}]}}]} as unknown as DocumentNode<BamPointFragment, unknown>;
export const RetentionCurveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionCurveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetentionCurve"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"censored"}},{"kind":"Field","name":{"kind":"Name","value":"survival"}}]}}]}}]} as unknown as DocumentNode<RetentionCurveFieldsFragment, unknown>;
export const ReadmissionRateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeReason"}},{"kind":"Field","name":{"kind":"Name","value":"discharges"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"readmittedWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"rateWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"readmittedWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"rateWithin90Days"}}]}}]} as unknown as DocumentNode<ReadmissionRateFieldsFragment, unknown>;
export const EmergencyAccessFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"natureOfEmergency"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAffiliation"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<EmergencyAccessFieldsFragment, unknown>;
export const ProgressNoteDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignatureRequired"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveDescription"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ProgressNoteDetailFragment, unknown>;
export const DatabaseBackupStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatabaseBackupStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseBackupStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"lastBackupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastBackupBytes"}},{"kind":"Field","name":{"kind":"Name","value":"backupCount"}},{"kind":"Field","name":{"kind":"Name","value":"operatorNote"}}]}}]}}]} as unknown as DocumentNode<DatabaseBackupStatusQuery, DatabaseBackupStatusQueryVariables>;
export const OrganizationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"inactivitySignOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requireTwoFactorForEveryone"}}]}}]}}]} as unknown as DocumentNode<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>;
export const UpdateOrganizationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganizationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"inactivitySignOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requireTwoFactorForEveryone"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>;
export const ProgramsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLevelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCheckInSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"notesRequireCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}}]}}]} as unknown as DocumentNode<ProgramsPageQuery, ProgramsPageQueryVariables>;
export const ProgramSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLevelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCheckInSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"notesRequireCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}}]}}]} as unknown as DocumentNode<ProgramSettingsQuery, ProgramSettingsQueryVariables>;
export const CreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLevelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCheckInSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"notesRequireCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}}]}}]} as unknown as DocumentNode<CreateProgramMutation, CreateProgramMutationVariables>;
export const UpdateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLevelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCheckInSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"notesRequireCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}}]}}]} as unknown as DocumentNode<UpdateProgramMutation, UpdateProgramMutationVariables>;
export const RiskThresholdPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskThresholdPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thresholds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskThresholdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskThresholdPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"thresholds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thresholds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientsCounted"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedNow"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"newlyFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"noLongerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"byFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<RiskThresholdPreviewQuery, RiskThresholdPreviewQueryVariables>;
export const UpdateRiskThresholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRiskThresholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRiskThresholdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRiskThresholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLevelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCheckInSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"notesRequireCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}}]}}]} as unknown as DocumentNode<UpdateRiskThresholdsMutation, UpdateRiskThresholdsMutationVariables>;
export const StaffPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseloadSize"}},{"kind":"Field","name":{"kind":"Name","value":"clientsNeedingReassignment"}}]}}]} as unknown as DocumentNode<StaffPageQuery, StaffPageQueryVariables>;
export const InviteStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setupLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseloadSize"}},{"kind":"Field","name":{"kind":"Name","value":"clientsNeedingReassignment"}}]}}]} as unknown as DocumentNode<InviteStaffMemberMutation, InviteStaffMemberMutationVariables>;
export const UpdateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseloadSize"}},{"kind":"Field","name":{"kind":"Name","value":"clientsNeedingReassignment"}}]}}]} as unknown as DocumentNode<UpdateStaffMemberMutation, UpdateStaffMemberMutationVariables>;
export const DeactivateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseloadSize"}},{"kind":"Field","name":{"kind":"Name","value":"clientsNeedingReassignment"}}]}}]} as unknown as DocumentNode<DeactivateStaffMemberMutation, DeactivateStaffMemberMutationVariables>;
export const ReactivateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseloadSize"}},{"kind":"Field","name":{"kind":"Name","value":"clientsNeedingReassignment"}}]}}]} as unknown as DocumentNode<ReactivateStaffMemberMutation, ReactivateStaffMemberMutationVariables>;
export const ResetStaffTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}]}]}}]} as unknown as DocumentNode<ResetStaffTwoFactorMutation, ResetStaffTwoFactorMutationVariables>;
export const IssuePasswordResetLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePasswordResetLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePasswordResetLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<IssuePasswordResetLinkMutation, IssuePasswordResetLinkMutationVariables>;
export const AccountSetupLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSetupLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountSetupLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AccountSetupLinkQuery, AccountSetupLinkQueryVariables>;
export const CompleteAccountSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAccountSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteAccountSetupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAccountSetup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"inactivitySignOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}}]}}]}}]} as unknown as DocumentNode<CompleteAccountSetupMutation, CompleteAccountSetupMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"inactivitySignOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SetupStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsSetup"}}]}}]}}]} as unknown as DocumentNode<SetupStatusQuery, SetupStatusQueryVariables>;
export const SetUpOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUpOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUpOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUpOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"inactivitySignOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}}]}}]}}]} as unknown as DocumentNode<SetUpOrganizationMutation, SetUpOrganizationMutationVariables>;
export const TwoFactorStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoFactorStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twoFactorStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>;
export const BeginTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeDataUrl"}}]}}]}}]} as unknown as DocumentNode<BeginTwoFactorEnrolmentMutation, BeginTwoFactorEnrolmentMutationVariables>;
export const ConfirmTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"inactivitySignOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}}]}}]}}]} as unknown as DocumentNode<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const CarePlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPartialView"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"signOffComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientStatement"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalDescription"}},{"kind":"Field","name":{"kind":"Name","value":"addressesDiagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CarePlanPageQuery, CarePlanPageQueryVariables>;
export const CarePlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanDetail"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPartialView"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"signOffComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientStatement"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalDescription"}},{"kind":"Field","name":{"kind":"Name","value":"addressesDiagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CarePlanVersionQuery, CarePlanVersionQueryVariables>;
export const CarePlanHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}}]}}]} as unknown as DocumentNode<CarePlanHistoryQuery, CarePlanHistoryQueryVariables>;
export const CarePlanDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromPlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toPlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromPlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromPlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toPlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toPlanId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"previousLabel"}}]}}]}}]} as unknown as DocumentNode<CarePlanDiffQuery, CarePlanDiffQueryVariables>;
export const StartCarePlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCarePlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCarePlanDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPartialView"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"signOffComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientStatement"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalDescription"}},{"kind":"Field","name":{"kind":"Name","value":"addressesDiagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartCarePlanDraftMutation, StartCarePlanDraftMutationVariables>;
export const SaveCarePlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCarePlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCarePlanDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCarePlanDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPartialView"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"signOffComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientStatement"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalDescription"}},{"kind":"Field","name":{"kind":"Name","value":"addressesDiagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveCarePlanDraftMutation, SaveCarePlanDraftMutationVariables>;
export const SubmitCarePlanForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCarePlanForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCarePlanForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPartialView"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"signOffComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientStatement"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalDescription"}},{"kind":"Field","name":{"kind":"Name","value":"addressesDiagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCarePlanForReviewMutation, SubmitCarePlanForReviewMutationVariables>;
export const PlanObjectiveProgressNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanObjectiveProgressNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveDescription"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}}]} as unknown as DocumentNode<PlanObjectiveProgressNotesQuery, PlanObjectiveProgressNotesQueryVariables>;
export const CarePlanClientDiagnosesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanClientDiagnoses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dualDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"receivingIntegratedTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"inRemissionByCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integratedCareGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePlan"}},{"kind":"Field","name":{"kind":"Name","value":"unaddressedDiagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CarePlanClientDiagnosesQuery, CarePlanClientDiagnosesQueryVariables>;
export const SignOffQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignOffQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlansAwaitingSignOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"carePlansOverdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}}]}}]}}]} as unknown as DocumentNode<SignOffQueueQuery, SignOffQueueQueryVariables>;
export const SignOffCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}}]}}]}}]} as unknown as DocumentNode<SignOffCarePlanMutation, SignOffCarePlanMutationVariables>;
export const ReturnCarePlanForChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnCarePlanForChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnCarePlanForChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}}]}}]}}]} as unknown as DocumentNode<ReturnCarePlanForChangesMutation, ReturnCarePlanForChangesMutationVariables>;
export const ClientCareTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCareTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeamHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientCareTeamQuery, ClientCareTeamQueryVariables>;
export const CareTeamPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareTeamPicker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careTeamCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CareTeamPickerQuery, CareTeamPickerQueryVariables>;
export const AssignCareTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCareTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCareTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCareTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignCareTeamMemberMutation, AssignCareTeamMemberMutationVariables>;
export const CaseloadBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"overloaded"}},{"kind":"Field","name":{"kind":"Name","value":"byLevelOfCare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReassignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseloadBalanceQuery, CaseloadBalanceQueryVariables>;
export const CaseloadOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadOfQuery, CaseloadOfQueryVariables>;
export const MoveCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveCaseloadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCaseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MoveCaseloadMutation, MoveCaseloadMutationVariables>;
export const CaseloadClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientSortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDiagnoses"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceRecoveryStart"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckInAt"}},{"kind":"Field","name":{"kind":"Name","value":"carePlanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentCarePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dualDiagnosis"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDiagnoses"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"highestRiskSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadClientsQuery, CaseloadClientsQueryVariables>;
export const CaseloadProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseloadProgramsQuery, CaseloadProgramsQueryVariables>;
export const AdministerMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdministerMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdministerMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administerMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bamSubscores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"use"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"protective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"urgentSafetyFollowUp"}}]}}]} as unknown as DocumentNode<AdministerMeasureMutation, AdministerMeasureMutationVariables>;
export const ClientCheckInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCheckIns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"craving"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"usedSubstances"}},{"kind":"Field","name":{"kind":"Name","value":"substances"}},{"kind":"Field","name":{"kind":"Name","value":"attendedMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"meetingKind"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<ClientCheckInsQuery, ClientCheckInsQueryVariables>;
export const LogCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LogCheckInMutation, LogCheckInMutationVariables>;
export const ClientCircleOfSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCircleOfSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"circleOfSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportiveMembers"}},{"kind":"Field","name":{"kind":"Name","value":"riskMembers"}},{"kind":"Field","name":{"kind":"Name","value":"familyEventsLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"peerContactsLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"checkInsLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsReportedLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"programMedian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medianOverClients"}},{"kind":"Field","name":{"kind":"Name","value":"supportiveMembers"}},{"kind":"Field","name":{"kind":"Name","value":"riskMembers"}},{"kind":"Field","name":{"kind":"Name","value":"familyEventsLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"peerContactsLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"checkInsLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsReportedLast30Days"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientCircleOfSupportQuery, ClientCircleOfSupportQueryVariables>;
export const ClientRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceRecoveryStart"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carePlanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentCarePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPartialView"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientStatement"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalDescription"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"involvedInTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"inRemissionByCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dualDiagnosis"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"dualDiagnosisBasis"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"receivingIntegratedTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"integratedCareGap"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePlan"}},{"kind":"Field","name":{"kind":"Name","value":"activeCarePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"unaddressedDiagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyEngagementSummary"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"eventsLast90Days"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyEngagementEvents"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"informationDescription"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiryEvent"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ClientRecordQuery, ClientRecordQueryVariables>;
export const DiagnosisCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosisCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosisCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<DiagnosisCatalogQuery, DiagnosisCatalogQueryVariables>;
export const RecordDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"inRemissionByCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordDiagnosisMutation, RecordDiagnosisMutationVariables>;
export const UpdateDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"onsetDate"}},{"kind":"Field","name":{"kind":"Name","value":"inRemissionByCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDiagnosisMutation, UpdateDiagnosisMutationVariables>;
export const SetIntegratedTreatmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIntegratedTreatment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiving"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIntegratedTreatment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"receiving"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiving"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivingIntegratedTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetIntegratedTreatmentMutation, SetIntegratedTreatmentMutationVariables>;
export const ClientEpisodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientEpisodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"checkInSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeReason"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeReason"}},{"kind":"Field","name":{"kind":"Name","value":"counselorAtDischarge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientEpisodesQuery, ClientEpisodesQueryVariables>;
export const ReadmitOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadmitOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLevelOfCare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeamCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ReadmitOptionsQuery, ReadmitOptionsQueryVariables>;
export const ChangeLevelOfCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeLevelOfCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLevelOfCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLevelOfCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}}]}}]}}]} as unknown as DocumentNode<ChangeLevelOfCareMutation, ChangeLevelOfCareMutationVariables>;
export const DischargeClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargeClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeReason"}}]}}]}}]} as unknown as DocumentNode<DischargeClientMutation, DischargeClientMutationVariables>;
export const ReadmitClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadmitClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmitClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readmitClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeReason"}}]}}]}}]} as unknown as DocumentNode<ReadmitClientMutation, ReadmitClientMutationVariables>;
export const SetCheckInScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCheckInSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schedule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInSchedule"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCheckInSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schedule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schedule"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checkInSchedule"}}]}}]}}]} as unknown as DocumentNode<SetCheckInScheduleMutation, SetCheckInScheduleMutationVariables>;
export const ResetRecoveryStartDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetRecoveryStartDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetRecoveryStartDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetRecoveryStartDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryStartDate"}}]}}]}}]} as unknown as DocumentNode<ResetRecoveryStartDateMutation, ResetRecoveryStartDateMutationVariables>;
export const ClientMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"phq9"},"name":{"kind":"Name","value":"measureHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instrument"},"value":{"kind":"EnumValue","value":"PHQ_9"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurePoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gad7"},"name":{"kind":"Name","value":"measureHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instrument"},"value":{"kind":"EnumValue","value":"GAD_7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurePoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"barc10"},"name":{"kind":"Name","value":"measureHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instrument"},"value":{"kind":"EnumValue","value":"BARC_10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurePoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bam"},"name":{"kind":"Name","value":"measureHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instrument"},"value":{"kind":"EnumValue","value":"BAM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BamPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurePoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BamPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"bamSubscores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"use"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"protective"}}]}}]}}]} as unknown as DocumentNode<ClientMeasuresQuery, ClientMeasuresQueryVariables>;
export const ClientPeerContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPeerContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"supportTypes"}},{"kind":"Field","name":{"kind":"Name","value":"practicalHelp"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"peerWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ClientPeerContactsQuery, ClientPeerContactsQueryVariables>;
export const ClientProgressNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientProgressNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNoteFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"objectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveDescription"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}}]} as unknown as DocumentNode<ClientProgressNotesQuery, ClientProgressNotesQueryVariables>;
export const AddSupportNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSupportNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupportNetworkMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupportNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"involvedInTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddSupportNetworkMemberMutation, AddSupportNetworkMemberMutationVariables>;
export const UpdateSupportNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupportNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupportNetworkMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupportNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"involvedInTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSupportNetworkMemberMutation, UpdateSupportNetworkMemberMutationVariables>;
export const RemoveSupportNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSupportNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSupportNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveSupportNetworkMemberMutation, RemoveSupportNetworkMemberMutationVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revokedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"revokedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revokedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const LogFamilyEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogFamilyEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogFamilyEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logFamilyEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}}]} as unknown as DocumentNode<LogFamilyEngagementMutation, LogFamilyEngagementMutationVariables>;
export const DashboardRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"curves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetentionCurveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionCurveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetentionCurve"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"censored"}},{"kind":"Field","name":{"kind":"Name","value":"survival"}}]}}]}}]} as unknown as DocumentNode<DashboardRetentionQuery, DashboardRetentionQueryVariables>;
export const DashboardCheckInTrendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCheckInTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"clientsInCare"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanCraving"}},{"kind":"Field","name":{"kind":"Name","value":"meanMood"}},{"kind":"Field","name":{"kind":"Name","value":"shareReportingUse"}},{"kind":"Field","name":{"kind":"Name","value":"shareAttendingMeetings"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCheckInTrendsQuery, DashboardCheckInTrendsQueryVariables>;
export const DashboardCaseloadSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCaseloadSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counselorId"}},{"kind":"Field","name":{"kind":"Name","value":"counselorName"}},{"kind":"Field","name":{"kind":"Name","value":"activeClients"}},{"kind":"Field","name":{"kind":"Name","value":"urgentFlags"}},{"kind":"Field","name":{"kind":"Name","value":"warningFlags"}},{"kind":"Field","name":{"kind":"Name","value":"infoFlags"}},{"kind":"Field","name":{"kind":"Name","value":"clientsWithUrgentFlags"}},{"kind":"Field","name":{"kind":"Name","value":"plansOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"plansAwaitingSignOff"}},{"kind":"Field","name":{"kind":"Name","value":"familyEngagedLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"clientsWithPeerWorker"}},{"kind":"Field","name":{"kind":"Name","value":"peerContactedLast14Days"}}]}}]}}]} as unknown as DocumentNode<DashboardCaseloadSummaryQuery, DashboardCaseloadSummaryQueryVariables>;
export const DashboardReadmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardReadmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDischargeReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadmissionRateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadmissionRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadmissionRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeReason"}},{"kind":"Field","name":{"kind":"Name","value":"discharges"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"readmittedWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"rateWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"readmittedWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"rateWithin90Days"}}]}}]} as unknown as DocumentNode<DashboardReadmissionsQuery, DashboardReadmissionsQueryVariables>;
export const SupportSystemRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSystemRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"landmarkDays"}},{"kind":"Field","name":{"kind":"Name","value":"logRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chiSquare"}},{"kind":"Field","name":{"kind":"Name","value":"degreesOfFreedom"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"curves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetentionCurveFields"}},{"kind":"Field","name":{"kind":"Name","value":"tooSmallToRead"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionCurveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetentionCurve"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"censored"}},{"kind":"Field","name":{"kind":"Name","value":"survival"}}]}}]}}]} as unknown as DocumentNode<SupportSystemRetentionQuery, SupportSystemRetentionQueryVariables>;
export const RetentionGroupClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionGroupClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionGroupClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"leftCare"}}]}}]}}]} as unknown as DocumentNode<RetentionGroupClientsQuery, RetentionGroupClientsQueryVariables>;
export const FindClientForEmergencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindClientForEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateOfBirth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findClientForEmergency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lastName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastName"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateOfBirth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateOfBirth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<FindClientForEmergencyQuery, FindClientForEmergencyQueryVariables>;
export const RecentEmergencyAccessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentEmergencyAccesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentEmergencyAccesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyAccessFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"natureOfEmergency"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAffiliation"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<RecentEmergencyAccessesQuery, RecentEmergencyAccessesQueryVariables>;
export const RequestEmergencyAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"natureOfEmergency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipientName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipientAffiliation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"natureOfEmergency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"natureOfEmergency"}}},{"kind":"Argument","name":{"kind":"Name","value":"recipientName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipientName"}}},{"kind":"Argument","name":{"kind":"Name","value":"recipientAffiliation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipientAffiliation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyAccessFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"natureOfEmergency"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAffiliation"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<RequestEmergencyAccessMutation, RequestEmergencyAccessMutationVariables>;
export const ClientEmergencyStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientEmergencyState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mayChangeRestriction"}}]}}]}}]} as unknown as DocumentNode<ClientEmergencyStateQuery, ClientEmergencyStateQueryVariables>;
export const EmergencyAccessesForClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyAccessesForClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessesForClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyAccessFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"natureOfEmergency"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAffiliation"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<EmergencyAccessesForClientQuery, EmergencyAccessesForClientQueryVariables>;
export const MarkClientRestrictedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkClientRestricted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markClientRestricted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<MarkClientRestrictedMutation, MarkClientRestrictedMutationVariables>;
export const UnmarkClientRestrictedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmarkClientRestricted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmarkClientRestricted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<UnmarkClientRestrictedMutation, UnmarkClientRestrictedMutationVariables>;
export const AdmitClientFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdmitClientForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLevelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCheckInSchedule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeamCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AdmitClientFormQuery, AdmitClientFormQueryVariables>;
export const PossibleDuplicateClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PossibleDuplicateClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateOfBirth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicateClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firstName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}}},{"kind":"Argument","name":{"kind":"Name","value":"lastName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastName"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateOfBirth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateOfBirth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"canOpen"}},{"kind":"Field","name":{"kind":"Name","value":"canReadmit"}}]}}]}}]} as unknown as DocumentNode<PossibleDuplicateClientsQuery, PossibleDuplicateClientsQueryVariables>;
export const AdmitClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdmitClientMutation, AdmitClientMutationVariables>;
export const LogContactFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogContactForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"ON_HOLD"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"ObjectField","name":{"kind":"Name","value":"urgentFirst"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerContactDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fromLastContact"}}]}}]}}]} as unknown as DocumentNode<LogContactFormQuery, LogContactFormQueryVariables>;
export const LogPeerContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogPeerContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogPeerContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logPeerContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"supportTypes"}},{"kind":"Field","name":{"kind":"Name","value":"practicalHelp"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"undoableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"lastPeerContactOn"}}]}}]}}]}}]} as unknown as DocumentNode<LogPeerContactMutation, LogPeerContactMutationVariables>;
export const WithdrawPeerContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPeerContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPeerContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawPeerContactMutation, WithdrawPeerContactMutationVariables>;
export const PeerTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestonesFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestonesTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"ON_HOLD"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"lastPeerContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntil"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFollowUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesReached"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestonesFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestonesTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntil"}}]}}]}}]}}]} as unknown as DocumentNode<PeerTodayQuery, PeerTodayQueryVariables>;
export const ClientAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientAccessLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ClientAccessLogQuery, ClientAccessLogQueryVariables>;
export const DisclosureAccountingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureAccounting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureAccounting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstDisclosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"recipientStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAffiliation"}},{"kind":"Field","name":{"kind":"Name","value":"information"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"consentEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureAccountingQuery, DisclosureAccountingQueryVariables>;
export const PrivacyClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privacyClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PrivacyClientsQuery, PrivacyClientsQueryVariables>;
export const ProgressNotePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressNotePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignatureRequired"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveDescription"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ProgressNotePageQuery, ProgressNotePageQueryVariables>;
export const ProgressNoteActivePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressNoteActivePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressNoteActivePlanQuery, ProgressNoteActivePlanQueryVariables>;
export const SaveProgressNoteDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProgressNoteDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveProgressNoteDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProgressNoteDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignatureRequired"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveDescription"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SaveProgressNoteDraftMutation, SaveProgressNoteDraftMutationVariables>;
export const SignProgressNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignProgressNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signProgressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignatureRequired"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveDescription"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SignProgressNoteMutation, SignProgressNoteMutationVariables>;
export const DiscardProgressNoteDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardProgressNoteDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardProgressNoteDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}]}}]} as unknown as DocumentNode<DiscardProgressNoteDraftMutation, DiscardProgressNoteDraftMutationVariables>;
export const AddProgressNoteAddendumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProgressNoteAddendum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProgressNoteAddendumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProgressNoteAddendum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressNoteDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressNoteDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignatureRequired"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveDescription"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AddProgressNoteAddendumMutation, AddProgressNoteAddendumMutationVariables>;
export const StartProgressNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProgressNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartProgressNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProgressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StartProgressNoteMutation, StartProgressNoteMutationVariables>;
export const ProgressNotesAwaitingCosignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressNotesAwaitingCosignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressNotesAwaitingCosignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}}]}}]}}]} as unknown as DocumentNode<ProgressNotesAwaitingCosignatureQuery, ProgressNotesAwaitingCosignatureQueryVariables>;
export const CosignProgressNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CosignProgressNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cosignProgressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CosignProgressNoteMutation, CosignProgressNoteMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RenewSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"inactivitySignOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivacyOfficer"}}]}}]}}]} as unknown as DocumentNode<RenewSessionMutation, RenewSessionMutationVariables>;