/** What a staff member did, as the audit trail records it. */
export enum AuditAction {
  /** Client data was disclosed to the caller (one row per client record per request). */
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  REVOKE = 'REVOKE',
  /** Aggregates over the caller's scope (retention, trends), not one client's record. */
  READ_METRICS = 'READ_METRICS',
  LOGIN = 'LOGIN',
  LOGOUT = 'LOGOUT',
}

/** The kinds of record the audit trail names. */
export enum AuditEntityType {
  CLIENT = 'Client',
  CARE_TEAM_ASSIGNMENT = 'CareTeamAssignment',
  LEVEL_OF_CARE_CHANGE = 'LevelOfCareChange',
  EPISODE_OF_CARE = 'EpisodeOfCare',
  RECOVERY_START_RESET = 'RecoveryStartReset',
  CARE_PLAN = 'CarePlan',
  DIAGNOSIS = 'Diagnosis',
  SUPPORT_NETWORK_MEMBER = 'SupportNetworkMember',
  FAMILY_ENGAGEMENT_EVENT = 'FamilyEngagementEvent',
  CONSENT = 'Consent',
  CHECK_IN = 'CheckIn',
  PEER_CONTACT = 'PeerContact',
  MEASURE_ADMINISTRATION = 'MeasureAdministration',
  PROGRESS_NOTE = 'ProgressNote',
  PROGRESS_NOTE_ADDENDUM = 'ProgressNoteAddendum',
  METRICS = 'Metrics',
  STAFF_USER = 'StaffUser',
  /** A one-time link to set a password (an invitation or a reset). */
  ACCOUNT_SETUP_LINK = 'AccountSetupLink',
  ORGANIZATION = 'Organization',
  PROGRAM = 'Program',
  /** A program's risk-flag thresholds. */
  RISK_THRESHOLDS = 'RiskThresholds',
  /** A database backup taken or restored. */
  DATABASE_BACKUP = 'DatabaseBackup',
  /** A GraphQL operation refused before any record was named (a role without permission). */
  OPERATION = 'Operation',
}

/** Whether the access was granted. A refused access is recorded too, and survives the failed request. */
export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}
