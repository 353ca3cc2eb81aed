import {
  CHECK_IN_CHANNEL_LABELS,
  CHECK_IN_TRIGGER_LABELS,
  CONFIDENCE_SCALE,
  CRAVING_SCALE,
  MOOD_LABELS,
  MOOD_SCALE,
  MUTUAL_AID_MEETING_KIND_LABELS,
} from '@carecircle/shared/domain';
import type { ClientCheckInsQuery } from '@carecircle/web/data-access';
import { Button } from '@carecircle/web/ui';
import { useState } from 'react';

type CheckIn = ClientCheckInsQuery['checkIns'][number];

/** Check-ins shown before "Show all". */
export const INITIAL_CHECK_INS = 5;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Entered by Dana Reyes (peer support)", or the client's own check-in. */
export function enteredBy(checkIn: Pick<CheckIn, 'recordedBy'>): string {
  const staff = checkIn.recordedBy;
  if (!staff) return 'Sent by the client';
  const role = staff.role === 'PEER_SUPPORT' ? 'peer support' : staff.role === 'SUPERVISOR' ? 'supervisor' : staff.role === 'COUNSELOR' ? 'counselor' : null;
  return role ? `Entered by ${staff.displayName} (${role})` : `Entered by ${staff.displayName}`;
}

/** The answers of one check-in as short phrases, e.g. ["Craving 6/10", "Mood 2/5 (low)", "Use: alcohol"]. */
export function checkInAnswers(checkIn: CheckIn): string[] {
  const answers: string[] = [];
  if (checkIn.craving !== null) answers.push(`Craving ${checkIn.craving}/${CRAVING_SCALE.max}`);
  if (checkIn.mood !== null) answers.push(`Mood ${checkIn.mood}/${MOOD_SCALE.max} (${(MOOD_LABELS[checkIn.mood] ?? '').toLowerCase()})`);
  if (checkIn.confidence !== null) answers.push(`Confidence ${checkIn.confidence}/${CONFIDENCE_SCALE.max}`);
  answers.push(checkIn.usedSubstances ? `Use: ${checkIn.substances.join(', ') || 'reported'}` : 'No use');
  if (checkIn.attendedMeeting) answers.push(checkIn.meetingKind ? `Meeting: ${MUTUAL_AID_MEETING_KIND_LABELS[checkIn.meetingKind]}` : 'Went to a meeting');
  return answers;
}

/** The latest check-ins, newest first, each saying how it came in and who entered it. */
export function RecentCheckIns({ checkIns }: { checkIns: readonly CheckIn[] }) {
  const [showAll, setShowAll] = useState(false);
  if (checkIns.length === 0) return null;
  const shown = showAll ? checkIns : checkIns.slice(0, INITIAL_CHECK_INS);
  return (
    <div className="cc-checkins">
      <h3 className="cc-checkins__title">Recent check-ins</h3>
      <ol className="cc-checkins__list">
        {shown.map((checkIn) => (
          <li key={checkIn.id} className="cc-checkins__item">
            <p className="cc-checkins__head">
              <strong>{dateTime.format(new Date(checkIn.occurredAt))}</strong>
              <span className="cc-record__muted">
                {' '}
                · {CHECK_IN_CHANNEL_LABELS[checkIn.channel]} · {enteredBy(checkIn)}
              </span>
            </p>
            <p className="cc-checkins__answers">{checkInAnswers(checkIn).join(' · ')}</p>
            {checkIn.triggers.length > 0 && (
              <ul className="cc-chips" aria-label="Triggers">
                {checkIn.triggers.map((trigger) => (
                  <li key={trigger} className="cc-chip">
                    {CHECK_IN_TRIGGER_LABELS[trigger]}
                  </li>
                ))}
              </ul>
            )}
            {checkIn.note && <p className="cc-checkins__note">{checkIn.note}</p>}
          </li>
        ))}
      </ol>
      {checkIns.length > INITIAL_CHECK_INS && (
        <div className="cc-checkins__more">
          <p className="cc-record__muted" aria-live="polite">
            Showing {shown.length} of {checkIns.length} check-ins
          </p>
          <Button variant="secondary" onPress={() => setShowAll((v) => !v)}>
            {showAll ? 'Show fewer check-ins' : `Show all ${checkIns.length} check-ins`}
          </Button>
        </div>
      )}
    </div>
  );
}
