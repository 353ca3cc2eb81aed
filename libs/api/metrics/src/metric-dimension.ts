import { registerEnumType } from '@nestjs/graphql';
import {
  DUAL_DIAGNOSIS_GROUP,
  NO_DUAL_DIAGNOSIS_GROUP,
  NO_SIGNED_PLAN_GROUP,
  SUPPORT_SYSTEM_GROUPS,
  SupportSystemDimension,
  isSupportSystemDimension,
} from '@carecircle/shared/domain';
import { dualDiagnosisSql } from '@carecircle/api/clients';
import { supportSystemJoin } from './support-system-dimension';

/** How a metric splits the caller's clients into groups (cohorts). */
export enum MetricDimension {
  ALL = 'ALL',
  PROGRAM = 'PROGRAM',
  COUNSELOR = 'COUNSELOR',
  MODALITY = 'MODALITY',
  DUAL_DIAGNOSIS = 'DUAL_DIAGNOSIS',
  ADMISSION_MONTH = 'ADMISSION_MONTH',
  // The support system at a landmark day of the episode (issue 14); the same keys as SupportSystemDimension.
  SUPPORTIVE_NETWORK = 'SUPPORTIVE_NETWORK',
  RISK_IN_NETWORK = 'RISK_IN_NETWORK',
  FAMILY_ENGAGEMENT = 'FAMILY_ENGAGEMENT',
  PEER_CONTACT = 'PEER_CONTACT',
  MUTUAL_AID = 'MUTUAL_AID',
}

registerEnumType(MetricDimension, { name: 'MetricDimension', description: 'How to group clients into cohorts.' });

/**
 * A support-system dimension's group labels in display order; null for the other dimensions. Those
 * group at a landmark day: their statements bind `:landmarkDays`, `:today` and `:dayZone`.
 */
export function supportGroupsOf(dimension: MetricDimension): readonly string[] | null {
  return isSupportSystemDimension(dimension) ? SUPPORT_SYSTEM_GROUPS[dimension] : null;
}

/**
 * A lateral join adding `g.grp` (the group label) for client alias `c`. A client can fall in
 * several MODALITY groups (one per modality in their signed plans). The support-system dimensions
 * yield no row for an episode outside the landmark cohort (see support-system-dimension.ts), and
 * their statements must bind `:landmarkDays`, `:today` and `:dayZone`.
 */
export function dimensionJoin(dimension: MetricDimension): string {
  switch (dimension) {
    case MetricDimension.SUPPORTIVE_NETWORK:
    case MetricDimension.RISK_IN_NETWORK:
    case MetricDimension.FAMILY_ENGAGEMENT:
    case MetricDimension.PEER_CONTACT:
    case MetricDimension.MUTUAL_AID:
      return supportSystemJoin(SupportSystemDimension[dimension]);
    case MetricDimension.ALL:
      return `CROSS JOIN LATERAL (SELECT 'All clients'::text AS grp) g`;
    case MetricDimension.PROGRAM:
      return `CROSS JOIN LATERAL (SELECT p.name AS grp FROM program p WHERE p.id = c.program_id) g`;
    case MetricDimension.ADMISSION_MONTH:
      return `CROSS JOIN LATERAL (SELECT to_char(c.admission_date, 'YYYY-MM') AS grp) g`;
    case MetricDimension.COUNSELOR:
      // The counselor most recently responsible for the client.
      return `CROSS JOIN LATERAL (
        SELECT COALESCE((SELECT s.display_name FROM care_team_assignment a JOIN staff_user s ON s.id = a.staff_user_id
                          WHERE a.client_id = c.id AND a.role = 'COUNSELOR' ORDER BY a.started_on DESC LIMIT 1), 'Unassigned') AS grp) g`;
    case MetricDimension.DUAL_DIAGNOSIS:
      return `CROSS JOIN LATERAL (SELECT CASE WHEN ${dualDiagnosisSql('c')} THEN '${DUAL_DIAGNOSIS_GROUP}' ELSE '${NO_DUAL_DIAGNOSIS_GROUP}' END AS grp) g`;
    case MetricDimension.MODALITY:
      return `CROSS JOIN LATERAL (
        SELECT COALESCE(m.modality, '${NO_SIGNED_PLAN_GROUP}') AS grp
        FROM (SELECT 1) one
        LEFT JOIN LATERAL (
          SELECT DISTINCT i->>'modality' AS modality
          FROM care_plan cp,
               jsonb_array_elements(cp.content->'problems') pr,
               jsonb_array_elements(pr->'goals') go,
               jsonb_array_elements(go->'objectives') ob,
               jsonb_array_elements(ob->'interventions') i
          WHERE cp.client_id = c.id AND cp.status IN ('ACTIVE', 'SUPERSEDED')
        ) m ON true) g`;
  }
}
