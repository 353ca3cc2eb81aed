// Break-the-glass: the emergency-access page, and the record's banner, restriction and "Emergency access" section.
export { EmergencyAccessPage } from './emergency-access-page';
export { RecordEmergencyAccessSection, RecordEmergencyBanner } from './record-emergency-access';
