import { useQuery } from '@apollo/client/react';
import { errorMessage, useOrganizationToday, type PeerTodayQuery } from '@carecircle/web/data-access';
import { EmptyState, ErrorState, Skeleton } from '@carecircle/web/ui';
import { Link } from 'react-router';
import { addDaysIso, daysBetween, formatDay, formatLongDay, relativeDay } from './local-date';
import { toIsoDate } from '@carecircle/shared/domain';
import { peerTodayQuery } from './peer-today.query';
import './peer-log.css';

/** How far ahead "Milestones coming up" looks. */
export const MILESTONE_WINDOW_DAYS = 14;

type TodayClient = PeerTodayQuery['clients']['items'][number];
type FollowUp = PeerTodayQuery['myFollowUpsDue'][number];
type UpcomingMilestone = PeerTodayQuery['milestonesReached'][number];

function fullName(client: { firstName: string; lastName: string }): string {
  return `${client.firstName} ${client.lastName}`;
}

/** A peer support worker's start page: who to reach, who is waiting on a follow-up, what to celebrate. */
export function TodayPage() {
  const today = toIsoDate(useOrganizationToday());
  const { data, loading, error, refetch } = useQuery(peerTodayQuery, {
    variables: { milestonesFrom: today, milestonesTo: addDaysIso(today, MILESTONE_WINDOW_DAYS) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  let content;
  if (data) {
    content = (
      <div className="cc-today__sections">
        <FollowUpsSection followUps={data.myFollowUpsDue} today={today} />
        <MilestonesSection milestones={data.milestonesReached} today={today} />
        <ClientsSection clients={data.clients.items} today={today} />
      </div>
    );
  } else if (error && !loading) {
    content = (
      <ErrorState
        title="Your day could not be loaded"
        message={errorMessage(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else {
    content = <Skeleton label="Loading your day…" rows={5} />;
  }

  return (
    <div className="cc-peer-log cc-today">
      <div className="cc-today__header">
        <h1>Today</h1>
        <p className="cc-today__date">{formatLongDay(today)}</p>
        <Link className="cc-peer-log__cta" to="/log-contact">
          Log a contact
        </Link>
      </div>
      <div aria-busy={loading}>{content}</div>
    </div>
  );
}

function FollowUpsSection({ followUps, today }: { followUps: readonly FollowUp[]; today: string }) {
  return (
    <section className="cc-today__section" aria-labelledby="today-follow-ups">
      <h2 id="today-follow-ups">Follow-ups due</h2>
      {followUps.length === 0 ? (
        <EmptyState title="No follow-ups due this week" headingLevel={3}>
          <p>When you log a contact, set “Next follow-up” and it will show here when it is due.</p>
        </EmptyState>
      ) : (
        <ul className="cc-today__list">
          {followUps.map((followUp) => {
            const due = followUp.nextFollowUpOn ?? today;
            const lateBy = daysBetween(due, today);
            return (
              <li key={followUp.id} className="cc-today__item">
                <Link className="cc-today__name" to={`/clients/${followUp.client.id}`}>
                  {fullName(followUp.client)}
                </Link>
                <span className="cc-today__detail">
                  Due <time dateTime={due}>{formatDay(due)}</time>
                  {lateBy > 0 ? (
                    <span className="cc-today__overdue"> · Overdue by {lateBy === 1 ? '1 day' : `${lateBy} days`}</span>
                  ) : (
                    <span> · {relativeDay(due, today)}</span>
                  )}
                </span>
                <Link className="cc-today__action" to={`/log-contact?client=${followUp.client.id}`}>
                  Log a contact<span className="cc-visually-hidden"> with {fullName(followUp.client)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function MilestonesSection({ milestones, today }: { milestones: readonly UpcomingMilestone[]; today: string }) {
  return (
    <section className="cc-today__section" aria-labelledby="today-milestones">
      <h2 id="today-milestones">Milestones coming up</h2>
      {milestones.length === 0 ? (
        <EmptyState title={`No milestones in the next ${MILESTONE_WINDOW_DAYS} days`} headingLevel={3}>
          <p>Milestones count from each client’s recovery start date. Check “My clients” to see who is next.</p>
        </EmptyState>
      ) : (
        <ul className="cc-today__list">
          {milestones.map(({ client, milestone }) => {
            const isToday = milestone.date === today;
            return (
              <li
                key={`${client.id}-${milestone.code}`}
                className={isToday ? 'cc-today__item cc-today__item--celebrate' : 'cc-today__item'}
              >
                <Link className="cc-today__name" to={`/clients/${client.id}`}>
                  {fullName(client)}
                </Link>
                <span className="cc-today__detail">
                  {isToday ? (
                    <strong className="cc-today__celebrate">
                      <span aria-hidden="true">🎉 </span>
                      {milestone.label} today — celebrate with them!
                    </strong>
                  ) : (
                    <>
                      {milestone.label} on <time dateTime={milestone.date}>{formatDay(milestone.date)}</time> ·{' '}
                      {relativeDay(milestone.date, today)}
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ClientsSection({ clients, today }: { clients: readonly TodayClient[]; today: string }) {
  const sorted = [...clients].sort(
    (a, b) => (a.lastPeerContactOn ?? '').localeCompare(b.lastPeerContactOn ?? '') || a.lastName.localeCompare(b.lastName),
  );
  return (
    <section className="cc-today__section" aria-labelledby="today-clients">
      <h2 id="today-clients">My clients</h2>
      {clients.length === 0 ? (
        <EmptyState title="No clients assigned to you yet" headingLevel={3}>
          <p>Clients appear here once you join their care team. Ask your clinical supervisor to assign you.</p>
        </EmptyState>
      ) : (
        <>
          <p className="cc-today__note">Longest without a peer contact first.</p>
          <ul className="cc-today__list">
            {sorted.map((client) => (
              <li key={client.id} className="cc-today__item">
                <Link className="cc-today__name" to={`/clients/${client.id}`}>
                  {fullName(client)}
                  {client.preferredName && <span className="cc-today__preferred"> ({client.preferredName})</span>}
                </Link>
                <span className="cc-today__detail">
                  Last peer contact:{' '}
                  {client.lastPeerContactOn ? (
                    <time dateTime={client.lastPeerContactOn} title={formatDay(client.lastPeerContactOn)}>
                      {relativeDay(client.lastPeerContactOn, today)} ({formatDay(client.lastPeerContactOn)})
                    </time>
                  ) : (
                    'none yet'
                  )}
                </span>
                <span className="cc-today__detail">
                  Next milestone:{' '}
                  {client.nextMilestone
                    ? `${client.nextMilestone.label}, ${relativeDay(client.nextMilestone.date, today)}`
                    : 'no recovery start date on record'}
                </span>
                <Link className="cc-today__action" to={`/log-contact?client=${client.id}`}>
                  Log a contact<span className="cc-visually-hidden"> with {fullName(client)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
