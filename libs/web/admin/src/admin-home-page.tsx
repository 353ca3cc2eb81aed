import { Link } from 'react-router';
import { BackupStatusCard } from './backup-status-card';
import './admin.css';

/** Administrators run the organization's setup; clinical records stay with clinical staff. */
export function AdminHomePage() {
  return (
    <div className="cc-page">
      <h1>Administration</h1>
      <p>
        Administrators manage staff, programs and the organization's settings. Client records are not shown to administrators:
        only counselors, clinical supervisors and peer support workers see clients they work with.
      </p>
      <ul className="cc-admin-home__links">
        <li>
          <Link to="/admin/staff">Staff</Link> — invite colleagues, change roles and supervisors, deactivate, reset passwords.
        </li>
        <li>
          <Link to="/admin/programs">Programs</Link> — create and edit programs, their defaults and risk thresholds.
        </li>
        <li>
          <Link to="/admin/organization">Organization settings</Link> — name and time zone.
        </li>
      </ul>
      <BackupStatusCard />
    </div>
  );
}
