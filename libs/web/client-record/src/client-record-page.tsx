import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { CareTeamSection } from '@carecircle/web/care-team';
import { RecordEmergencyAccessSection, RecordEmergencyBanner } from '@carecircle/web/emergency-access';
import { apiErrorCodeOf, errorMessage, organizationToday, useSession } from '@carecircle/web/data-access';
import { ClientPrivacySections } from '@carecircle/web/privacy';
import { EmptyState, ErrorState, Skeleton } from '@carecircle/web/ui';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CarePlanSummary } from './care-plan-summary';
import { CheckInChartSection } from './check-in-chart-section';
import { ClientHeader, ClientOverview } from './client-overview';
import { clientRecordQuery } from './client-record.query';
import { ConsentsSection } from './consents-section';
import { DiagnosesSection } from './diagnoses-section';
import { EpisodeActions } from './episode-actions';
import { EpisodesSection } from './episodes-section';
import { FamilyEngagementSection } from './family-engagement-section';
import { MeasuresSection } from './measures-section';
import { PeerContactsSection } from './peer-contacts-section';
import { activePlanObjectives, ProgressNotesSection } from './progress-notes-section';
import { SupportNetworkSection } from './support-network-section';
import './client-record.css';

function isNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => {
      const code = apiErrorCodeOf(e);
      return code === ApiErrorCode.NOT_FOUND || (code === ApiErrorCode.BAD_USER_INPUT && (e.path?.[0] ?? 'client') === 'client');
    })
  );
}

function BackLink() {
  return (
    <Link className="cc-record__back" to="/">
      <span aria-hidden="true">← </span>Back to caseload
    </Link>
  );
}

function RecordSkeleton() {
  return (
    <div className="cc-record__loading" aria-busy="true">
      <div className="cc-record__skeleton-title" aria-hidden="true" />
      <Skeleton label="Loading client record…" rows={6} />
    </div>
  );
}

export interface ClientRecordPageProps {
  /** Injectable for tests; defaults to now. */
  today?: Date;
}

/**
 * One client's record: overview, care plan, diagnoses, support network, family engagement,
 * consents, check-in and measure charts and the peer-contact timeline. What a peer support worker
 * may not see is left out entirely, not shown as an empty box.
 */
export function ClientRecordPage({ today: fixedToday }: ClientRecordPageProps = {}) {
  const { clientId = '' } = useParams();
  const session = useSession();
  // The organization's today (its time zone), so the record's day ranges match the server's days.
  const [today] = useState(() => fixedToday ?? organizationToday(session?.me.organizationTimeZone));
  const isPeer = session?.me.role === 'PEER_SUPPORT';
  const clinical = !isPeer;
  // Admission, level of care, discharge and readmission are the counselor's and supervisor's work.
  const managesEpisode = session?.me.role === 'COUNSELOR' || session?.me.role === 'SUPERVISOR';

  const { data, loading, error, refetch } = useQuery(clientRecordQuery, {
    variables: { id: clientId, clinical },
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const client = data?.client;
  const name = client ? `${client.firstName} ${client.lastName}` : null;
  const shortName = client ? (client.preferredName ?? client.firstName) : '';

  useEffect(() => {
    if (!name) return;
    const previous = document.title;
    document.title = `${name} · CareCircle`;
    return () => {
      document.title = previous;
    };
  }, [name]);

  let content;
  if (!client && error && !loading) {
    content = isNotFound(error) ? (
      <EmptyState headingLevel={2} title="This client is not on your caseload or does not exist" action={<BackLink />}>
        <p>
          Check the link, or open the client from your caseload. If someone is missing, ask your clinical supervisor to check the
          care-team assignment.
        </p>
        {managesEpisode && (
          <p>
            In a medical emergency, open the record through <Link to="/emergency-access">Emergency access</Link>: your reason is recorded.
          </p>
        )}
      </EmptyState>
    ) : (
      <ErrorState
        title="This client record could not be loaded"
        message={errorMessage(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (!client) {
    content = <RecordSkeleton />;
  } else {
    content = (
      <>
        <ClientHeader client={client} />
        <RecordEmergencyBanner clientId={client.id} clientName={name ?? ''} />
        {managesEpisode && <EpisodeActions clientId={client.id} today={today} />}
        <div className={clinical ? 'cc-record__grid cc-record__grid--clinical' : 'cc-record__grid'}>
          <ClientOverview client={client} />
          <CareTeamSection clientId={client.id} clientName={shortName} today={today} />
          <CarePlanSummary client={client} isPeer={isPeer} />
          {clinical && <DiagnosesSection client={client} />}
          {clinical && <ConsentsSection client={client} today={today} />}
          <ProgressNotesSection clientId={client.id} clientName={shortName} objectives={activePlanObjectives(client)} today={today} />
          <SupportNetworkSection clientId={client.id} clientName={shortName} members={client.supportNetwork} />
          <CheckInChartSection clientId={client.id} clientName={shortName} today={today} />
          {clinical && <MeasuresSection clientId={client.id} clientName={shortName} />}
          {clinical && <FamilyEngagementSection client={client} today={today} />}
          {managesEpisode && <EpisodesSection clientId={client.id} />}
          <PeerContactsSection clientId={client.id} clientName={shortName} isPeer={isPeer} />
          <RecordEmergencyAccessSection clientId={client.id} />
          <ClientPrivacySections clientId={client.id} clientName={name ?? ''} />
        </div>
      </>
    );
  }

  return (
    <div className="cc-record">
      <nav aria-label="Breadcrumb" className="cc-record__crumbs">
        <BackLink />
      </nav>
      {content}
    </div>
  );
}
