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
  /** Sign-ins refused for a while after too many failures (login throttling); outcome DENIED. */
  LOGIN_LOCKED = 'LOGIN_LOCKED',
  LOGOUT = 'LOGOUT',
  /** Break-the-glass: a restricted or out-of-scope record opened in an emergency; the row's reason is the emergency. */
  EMERGENCY_ACCESS = 'EMERGENCY_ACCESS',
  /** A client record marked restricted (reason on the row). */
  RESTRICT = 'RESTRICT',
  /** A client record's restriction removed (reason on the row). */
  UNRESTRICT = 'UNRESTRICT',
  /** A look-up of a client by name and date of birth, to open the record in an emergency. */
  EMERGENCY_LOOKUP = 'EMERGENCY_LOOKUP',
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
  /** A staff member's two-factor sign-in (the id is the staff member's): enrolment, recovery codes, reset. */
  TWO_FACTOR = 'TwoFactor',
  /** Break-the-glass: an emergency access grant (its id; the client is on the row). */
  EMERGENCY_ACCESS = 'EmergencyAccess',
  /** A client record's restriction to its care team (the id is the client's). */
  CLIENT_RESTRICTION = 'ClientRestriction',
  /** A look at who viewed a client's record (the access log is itself audited; the id is the client's). */
  ACCESS_LOG = 'AccessLog',
  /** A look at a client's accounting of disclosures (42 CFR 2.24; the id is the client's). */
  DISCLOSURE_ACCOUNTING = 'DisclosureAccounting',
}

/** Whether the access was granted. A refused access is recorded too, and survives the failed request. */
export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}
