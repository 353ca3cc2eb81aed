import { MODALITY_LABELS, RISK_SEVERITY_ORDER, type Modality } from '@carecircle/shared/domain';
import type { ClientFilterInput, RiskSeverity } from '@carecircle/web/data-access';
import { ALL_STATUSES, OPEN_STATUSES } from './client-status';

/** Filters a link (e.g. from a dashboard) or the controls put in the page's search params. */
export interface CaseloadUrlFilters {
  counselorId: string | null;
  /** A program's name, as dashboards link by name. */
  program: string | null;
  dualDiagnosis: boolean | null;
  modality: string | null;
  admittedFrom: string | null;
  admittedTo: string | null;
  risk: RiskSeverity | null;
  includeDischarged: boolean;
}

const RISK_VALUES: readonly RiskSeverity[] = RISK_SEVERITY_ORDER;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every search parameter this page understands; "Clear filters" removes them all. */
export const CASELOAD_URL_PARAMS = ['counselor', 'program', 'dual', 'modality', 'admittedFrom', 'admittedTo', 'risk', 'status'];

function text(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value ? value : null;
}

/** Reads the filters; values that cannot be right (a bad date, an unknown severity) are ignored. */
export function readCaseloadUrlFilters(params: URLSearchParams): CaseloadUrlFilters {
  const dual = params.get('dual');
  const risk = params.get('risk')?.toUpperCase() as RiskSeverity | undefined;
  const admittedFrom = text(params, 'admittedFrom');
  const admittedTo = text(params, 'admittedTo');
  return {
    counselorId: text(params, 'counselor'),
    program: text(params, 'program'),
    dualDiagnosis: dual === 'true' ? true : dual === 'false' ? false : null,
    modality: text(params, 'modality'),
    admittedFrom: admittedFrom && ISO_DATE.test(admittedFrom) ? admittedFrom : null,
    admittedTo: admittedTo && ISO_DATE.test(admittedTo) ? admittedTo : null,
    risk: risk && RISK_VALUES.includes(risk) ? risk : null,
    includeDischarged: params.get('status') === 'all',
  };
}

export interface FilterContext {
  search: string;
  /** The program's id, once the name is matched to one. */
  programId: string | null;
  /** Peer support workers may not filter by diagnosis. */
  withDiagnoses: boolean;
}

/** The server-side filter for the clients query. */
export function toClientFilter(filters: CaseloadUrlFilters, context: FilterContext): ClientFilterInput {
  const filter: ClientFilterInput = { statuses: filters.includeDischarged ? ALL_STATUSES : OPEN_STATUSES };
  if (context.search) filter.search = context.search;
  if (filters.counselorId) filter.counselorId = filters.counselorId;
  if (context.programId) filter.programId = context.programId;
  if (filters.dualDiagnosis !== null && context.withDiagnoses) filter.dualDiagnosis = filters.dualDiagnosis;
  if (filters.modality) filter.modality = filters.modality as ClientFilterInput['modality'];
  if (filters.admittedFrom) filter.admittedFrom = filters.admittedFrom;
  if (filters.admittedTo) filter.admittedTo = filters.admittedTo;
  if (filters.risk) filter.riskSeverityAtLeast = filters.risk;
  return filter;
}

export interface FilterChip {
  /** The search parameters removing this chip deletes. */
  params: string[];
  label: string;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
function formatDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return dateFormat.format(new Date(y, m - 1, d));
}

/**
 * Chips for the filters a link brought in that have no control of their own on the page
 * (counselor, modality, admission dates); the program, risk, dual-diagnosis and status filters
 * show in their controls.
 */
export function urlFilterChips(filters: CaseloadUrlFilters, counselorName: string | null): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.counselorId) {
    chips.push({ params: ['counselor'], label: counselorName ? `Counselor: ${counselorName}` : 'Counselor filter' });
  }
  if (filters.modality) {
    const label = MODALITY_LABELS[filters.modality as Modality] ?? filters.modality;
    chips.push({ params: ['modality'], label: `Modality: ${label}` });
  }
  if (filters.admittedFrom && filters.admittedTo) {
    chips.push({
      params: ['admittedFrom', 'admittedTo'],
      label: `Admitted ${formatDay(filters.admittedFrom)} – ${formatDay(filters.admittedTo)}`,
    });
  } else if (filters.admittedFrom) {
    chips.push({ params: ['admittedFrom'], label: `Admitted from ${formatDay(filters.admittedFrom)}` });
  } else if (filters.admittedTo) {
    chips.push({ params: ['admittedTo'], label: `Admitted by ${formatDay(filters.admittedTo)}` });
  }
  return chips;
}

/** True when any filter other than the name search narrows the list. */
export function hasActiveFilters(filters: CaseloadUrlFilters): boolean {
  return Boolean(
    filters.counselorId ||
      filters.program ||
      filters.dualDiagnosis !== null ||
      filters.modality ||
      filters.admittedFrom ||
      filters.admittedTo ||
      filters.risk ||
      filters.includeDischarged,
  );
}
