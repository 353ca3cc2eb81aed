import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { ClinicalCore1764100000000 } from './1764100000000-clinical-core';
import { Monitoring1764200000000 } from './1764200000000-monitoring';
import { DesignedSchema1764400000000 } from './1764400000000-designed-schema';
import { EpisodesOfCare1764500000000 } from './1764500000000-episodes-of-care';
import { MeasureInstrumentVersion1764500000100 } from './1764500000100-measure-instrument-version';
import { ConsentPart2Elements1764500000300 } from './1764500000300-consent-part2-elements';
import { ProgressNotes1764600000000 } from './1764600000000-progress-notes';
import { RunningTheProgram1764700000000 } from './1764700000000-running-the-program';
import { AccountSetupLinks1764700000100 } from './1764700000100-account-setup-links';
import { SecurityGroundwork1764800000000 } from './1764800000000-security-groundwork';
import { TwoFactor1764800000200 } from './1764800000200-two-factor';
import { LoginThrottle1764800000100 } from './1764800000100-login-throttle';
import { InactivitySignOut1764800000300 } from './1764800000300-inactivity-sign-out';
import { LeastPrivilege1764800000400 } from './1764800000400-least-privilege';
import { EmergencyAccess1764800000600 } from './1764800000600-emergency-access';
import { ClientRisk1764900000000 } from './1764900000000-client-risk';
import { PerformanceIndexes1764900000100 } from './1764900000100-performance-indexes';
import { SupportSystemIndexes1765000000000 } from './1765000000000-support-system-indexes';
import { CheckInWeeks1765000000100 } from './1765000000100-check-in-weeks';
import { CareTeamAtDischarge1765000000200 } from './1765000000200-care-team-at-discharge';

/** In the order they run. Add new migrations at the end; never edit one that has shipped. */
export const migrations = [
  InitialSchema1764000000000,
  ClinicalCore1764100000000,
  Monitoring1764200000000,
  DesignedSchema1764400000000,
  EpisodesOfCare1764500000000,
  MeasureInstrumentVersion1764500000100,
  ConsentPart2Elements1764500000300,
  ProgressNotes1764600000000,
  RunningTheProgram1764700000000,
  AccountSetupLinks1764700000100,
  SecurityGroundwork1764800000000,
  LoginThrottle1764800000100,
  TwoFactor1764800000200,
  InactivitySignOut1764800000300,
  LeastPrivilege1764800000400,
  EmergencyAccess1764800000600,
  ClientRisk1764900000000,
  PerformanceIndexes1764900000100,
  SupportSystemIndexes1765000000000,
  CheckInWeeks1765000000100,
  CareTeamAtDischarge1765000000200,
];
