import { useSession, type SessionUser } from '@carecircle/web/data-access';
import { AccessLogSection } from './access-log-section';
import { DisclosureAccountingSection } from './disclosure-accounting-section';
import './privacy.css';

/** Who may see which report, as the API decides it (for clients the person can already open). */
export function privacyReportsFor(me: Pick<SessionUser, 'role' | 'isPrivacyOfficer'>): { accessLog: boolean; disclosures: boolean } {
  const officer = me.isPrivacyOfficer === true;
  return {
    accessLog: officer || me.role === 'SUPERVISOR',
    disclosures: officer || me.role === 'SUPERVISOR' || me.role === 'COUNSELOR',
  };
}

export interface ClientPrivacySectionsProps {
  clientId: string;
  clientName: string;
}

/** The client record's privacy sections, for those allowed: who viewed this record; the accounting of disclosures. */
export function ClientPrivacySections({ clientId, clientName }: ClientPrivacySectionsProps) {
  const session = useSession();
  if (!session) return null;
  const reports = privacyReportsFor(session.me);
  return (
    <>
      {reports.accessLog && <AccessLogSection clientId={clientId} clientName={clientName} />}
      {reports.disclosures && <DisclosureAccountingSection clientId={clientId} clientName={clientName} />}
    </>
  );
}
