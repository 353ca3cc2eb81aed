/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A staff member's part in one client's care. */
export type CareTeamRole =
  | 'COUNSELOR'
  | 'PEER_SUPPORT';

export type ClientFilterInput = {
  /** Admitted on or after this day, YYYY-MM-DD (cohort click-through). */
  admittedFrom?: string | null | undefined;
  /** Admitted on or before this day, YYYY-MM-DD. */
  admittedTo?: string | null | undefined;
  /** Only clients on this counselor's current caseload (supervisors: click-through from a counselor row). */
  counselorId?: string | number | null | undefined;
  /** true: only clients with a dual diagnosis (active SUD other than nicotine and an active mental-health diagnosis); false: only those without. Not available to peer support workers, since it reveals diagnoses. */
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

export type ClientStatus =
  | 'ACTIVE'
  | 'DISCHARGED'
  | 'ON_HOLD';

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

export type LoginInput = {
  email: string;
  password: string;
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

export type RiskFlagCode =
  | 'CARE_PLAN_REVIEW_OVERDUE'
  | 'HIGH_CRAVING'
  | 'NO_RECENT_CHECK_IN'
  | 'NO_RECENT_PEER_CONTACT'
  | 'NO_SUPPORTIVE_NETWORK_MEMBER'
  | 'RECENT_USE'
  | 'SELF_HARM_RISK';

export type RiskSeverity =
  | 'INFO'
  | 'URGENT'
  | 'WARNING';

export type StaffRole =
  | 'ADMIN'
  | 'COUNSELOR'
  | 'PEER_SUPPORT'
  | 'SUPERVISOR';

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, me: { id: string, displayName: string, email: string, role: StaffRole, organizationName: string, organizationId: string } } };

export type CaseloadClientsQueryVariables = Exact<{
  filter?: ClientFilterInput | null | undefined;
  offset: number;
  limit: number;
}>;


export type CaseloadClientsQuery = { clients: { total: number, offset: number, limit: number, items: Array<{ id: string, firstName: string, lastName: string, preferredName: string | null, pronouns: string | null, status: ClientStatus, levelOfCare: LevelOfCare, admissionDate: string, recoveryStartDate: string | null, daysInTreatment: number, daysSinceRecoveryStart: number | null, program: { id: string, name: string }, careTeam: Array<{ role: CareTeamRole, staff: { id: string, displayName: string } }> }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };


export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const CaseloadClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceRecoveryStart"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadClientsQuery, CaseloadClientsQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;