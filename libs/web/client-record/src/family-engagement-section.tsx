import { FAMILY_ENGAGEMENT_TYPE_LABELS, SUPPORT_RELATIONSHIP_LABELS } from '@carecircle/shared/domain';
import { Button } from '@carecircle/web/ui';
import { useState } from 'react';
import type { RecordClient } from './client-overview';
import { formatIsoDate } from './dates';
import { FamilyEngagementDialog } from './family-engagement-dialog';
import { RecordSection } from './record-section';
import { useMayEditSupportNetwork } from './support-network-access';

/** "Rosa (parent)", without repeating a relationship the name already carries. */
function attendeeLabel(name: string, relationship: string): string {
  return name.toLowerCase().includes(relationship.toLowerCase()) ? name : `${name} (${relationship.toLowerCase()})`;
}

/**
 * Family sessions, groups, contacts and visits: counts and the list. Counselors and supervisors
 * only; they log an event here, with its attendees chosen from the support network.
 */
export function FamilyEngagementSection({ client, today = new Date() }: { client: RecordClient; today?: Date }) {
  const summary = client.familyEngagementSummary;
  const events = client.familyEngagementEvents ?? [];
  const mayEdit = useMayEditSupportNetwork();
  const [logging, setLogging] = useState(false);
  const members = client.supportNetwork;
  const clientName = client.preferredName ?? client.firstName;
  return (
    <RecordSection
      id="family"
      title="Family engagement"
      aside={
        mayEdit &&
        members.length > 0 && (
          <Button variant="secondary" onPress={() => setLogging(true)}>
            Log engagement
          </Button>
        )
      }
    >
      {mayEdit && members.length === 0 && (
        <p className="cc-record__muted">Add the people who take part to the support network first; then log sessions and contacts with them here.</p>
      )}
      {summary && (
        <dl className="cc-record__stats">
          <div>
            <dt>Last 30 days</dt>
            <dd>
              {summary.eventsLast30Days} {summary.eventsLast30Days === 1 ? 'event' : 'events'}
            </dd>
          </div>
          <div>
            <dt>Last 90 days</dt>
            <dd>
              {summary.eventsLast90Days} {summary.eventsLast90Days === 1 ? 'event' : 'events'}
            </dd>
          </div>
          <div>
            <dt>Most recent</dt>
            <dd>{summary.lastEventOn ? formatIsoDate(summary.lastEventOn) : 'None yet'}</dd>
          </div>
        </dl>
      )}
      {events.length === 0 ? (
        <p className="cc-record__muted">
          No family engagement logged yet. Inviting a supportive family member to a session or education group is a good next
          step.
        </p>
      ) : (
        <ul className="cc-record__rows">
          {events.slice(0, 8).map((event) => (
            <li key={event.id} className="cc-record__row cc-record__row--stacked">
              <span className="cc-record__row-main">
                <strong>{FAMILY_ENGAGEMENT_TYPE_LABELS[event.type]}</strong>
                <span className="cc-record__muted"> · {formatIsoDate(event.occurredOn)}</span>
              </span>
              <span>
                With{' '}
                {event.attendees.map((a) => attendeeLabel(a.name, SUPPORT_RELATIONSHIP_LABELS[a.relationship])).join(', ') ||
                  'no one recorded'}
                <span className="cc-record__muted"> · logged by {event.staff.displayName}</span>
              </span>
              {event.note && <span className="cc-record__muted">{event.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {events.length > 8 && <p className="cc-record__muted">Showing the 8 most recent of {events.length} events.</p>}
      {logging && (
        <FamilyEngagementDialog
          clientId={client.id}
          clientName={clientName}
          members={members}
          today={today}
          isOpen
          onOpenChange={(open) => setLogging(open)}
        />
      )}
    </RecordSection>
  );
}
