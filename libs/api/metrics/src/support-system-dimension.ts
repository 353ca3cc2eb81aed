import { RecoveryStance, SUPPORT_SYSTEM_GROUPS, SupportSystemDimension } from '@carecircle/shared/domain';

/**
 * The support-system groupings in SQL (issue 14): a lateral join adding `g.grp` for an episode under
 * alias `c` (`c.id` the client, `c.admission_date`, `c.discharge_date`), or no row at all when the
 * episode is not in the landmark cohort. `supportSystemGroup` and `inLandmarkCohort` in
 * libs/shared/domain/src/support-system.ts are the same rules in TypeScript; a test holds them equal.
 *
 * - The landmark day is admission + `:landmarkDays`; the cohort is episodes whose landmark day has
 *   come (≤ `:today`) and that were still in treatment after it (open, or discharged after it).
 * - Only what was recorded up to and including the landmark day counts. The organization's days are
 *   turned into instants once per episode (`:dayZone` midnights), so timestamps are compared as a
 *   plain range, as the check-in trends do: members created before the midnight ending the landmark
 *   day and not removed before it; check-ins from the admission day's midnight to that one.
 * - Each fact is a correlated aggregate over one client's indexed range (support_network_member
 *   (client_id); family_engagement_event and peer_contact (client_id, occurred_on); check_in
 *   (client_id, occurred_at) INCLUDE (attended_meeting), index-only), capped where only 0/1/2+
 *   matters, so nothing multiplies the episode rows and nothing is read past the landmark.
 */
export function supportSystemJoin(dimension: SupportSystemDimension): string {
  return `CROSS JOIN LATERAL (
    SELECT ${groupOf(dimension)} AS grp
    FROM (
      SELECT c.admission_date + :landmarkDays::int AS day,
             (c.admission_date::timestamp AT TIME ZONE CAST(:dayZone AS text)) AS starts,
             ((c.admission_date + :landmarkDays::int + 1)::timestamp AT TIME ZONE CAST(:dayZone AS text)) AS ends
    ) lm
    CROSS JOIN LATERAL (${factsOf(dimension)}) f
    WHERE lm.day <= :today::date AND (c.discharge_date IS NULL OR c.discharge_date > lm.day)
  ) g`;
}

/** `f.n` (and `f.met` for mutual aid): the facts one dimension needs, from admission to the landmark day. */
function factsOf(dimension: SupportSystemDimension): string {
  const members = (stance: RecoveryStance, cap: number) =>
    `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM support_network_member m
       WHERE m.client_id = c.id AND m.stance = '${stance}' AND m.created_at < lm.ends AND (m.removed_at IS NULL OR m.removed_at >= lm.ends)
       LIMIT ${cap}) x`;
  switch (dimension) {
    case SupportSystemDimension.SUPPORTIVE_NETWORK:
      return members(RecoveryStance.SUPPORTIVE, 2);
    case SupportSystemDimension.RISK_IN_NETWORK:
      return members(RecoveryStance.RISK, 1);
    case SupportSystemDimension.FAMILY_ENGAGEMENT:
      return `SELECT count(*)::int AS n FROM (
                SELECT 1 FROM family_engagement_event fe
                WHERE fe.client_id = c.id AND fe.occurred_on BETWEEN c.admission_date AND lm.day
                LIMIT 2) x`;
    case SupportSystemDimension.PEER_CONTACT:
      return `SELECT count(*)::int AS n FROM peer_contact pc
              WHERE pc.client_id = c.id AND pc.occurred_on BETWEEN c.admission_date AND lm.day AND pc.withdrawn_at IS NULL`;
    case SupportSystemDimension.MUTUAL_AID:
      return `SELECT count(*)::int AS n, count(*) FILTER (WHERE ci.attended_meeting)::int AS met FROM check_in ci
              WHERE ci.client_id = c.id AND ci.occurred_at >= lm.starts AND ci.occurred_at < lm.ends`;
  }
}

/** The group label (exactly SUPPORT_SYSTEM_GROUPS' strings) from the facts `f`. */
function groupOf(dimension: SupportSystemDimension): string {
  const [first, second, third] = SUPPORT_SYSTEM_GROUPS[dimension].map(literal);
  switch (dimension) {
    case SupportSystemDimension.SUPPORTIVE_NETWORK:
    case SupportSystemDimension.FAMILY_ENGAGEMENT:
      return `CASE f.n WHEN 0 THEN ${first} WHEN 1 THEN ${second} ELSE ${third} END`;
    case SupportSystemDimension.RISK_IN_NETWORK:
      return `CASE f.n WHEN 0 THEN ${first} ELSE ${second} END`;
    case SupportSystemDimension.PEER_CONTACT:
      // Contacts per week over the landmark window, contacts ÷ (landmarkDays ÷ 7), compared in whole numbers.
      return `CASE WHEN f.n = 0 THEN ${first} WHEN f.n * 7 < :landmarkDays::int THEN ${second} ELSE ${third} END`;
    case SupportSystemDimension.MUTUAL_AID:
      // None (no check-ins, or none reporting a meeting) / more than none, at most half / more than half.
      return `CASE WHEN f.met = 0 THEN ${first} WHEN f.met * 2 <= f.n THEN ${second} ELSE ${third} END`;
  }
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
