// Running the program: the administrator's pages (staff, programs, organization settings, backups)
// and the risk-threshold page supervisors use.
export { AdminHomePage } from './admin-home-page';
export { StaffPage } from './staff-page';
export { ProgramsPage } from './programs-page';
export { OrganizationSettingsPage } from './organization-settings-page';
export { RiskThresholdsPage } from './risk-thresholds-page';
