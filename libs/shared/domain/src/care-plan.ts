import { addDays, parseISO } from 'date-fns';
import { toIsoDate, type IsoDate } from './episode-of-care';
import { LevelOfCare } from './level-of-care';
import type { Modality } from './modality';

export enum CarePlanStatus {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
}

export enum ObjectiveStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  DEFERRED = 'DEFERRED',
}

/** Named as DOMAIN.md's lifecycle names them; a signed plan that is in force is "Active". */
export const CARE_PLAN_STATUS_LABELS: Record<CarePlanStatus, string> = {
  [CarePlanStatus.DRAFT]: 'Draft',
  [CarePlanStatus.PENDING_REVIEW]: 'Pending review',
  [CarePlanStatus.ACTIVE]: 'Active',
  [CarePlanStatus.SUPERSEDED]: 'Superseded',
};

export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, string> = {
  [ObjectiveStatus.NOT_STARTED]: 'Not started',
  [ObjectiveStatus.IN_PROGRESS]: 'In progress',
  [ObjectiveStatus.MET]: 'Met',
  [ObjectiveStatus.NOT_MET]: 'Not met',
  [ObjectiveStatus.DEFERRED]: 'Deferred',
};

/**
 * The plan tree as one version holds it. Item ids survive into the next version, which is how
 * the diff tells "changed" from "removed and added".
 */
export interface CarePlanIntervention {
  id: string;
  description: string;
  frequency: string;
  responsibleStaffId: string | null;
  modality: Modality;
}

export interface CarePlanObjective {
  id: string;
  description: string;
  targetDate: IsoDate | null;
  status: ObjectiveStatus;
  interventions: CarePlanIntervention[];
}

export interface CarePlanGoal {
  id: string;
  description: string;
  objectives: CarePlanObjective[];
}

export interface CarePlanProblem {
  id: string;
  /** In the client's own words. */
  clientStatement: string;
  /** The clinician's formulation. */
  clinicalDescription: string;
  /**
   * ICD-10-CM codes of the client's diagnoses this problem addresses (upper case). Absent in plans
   * written before problems could name diagnoses; read it as empty then.
   */
  addressesDiagnosisCodes?: string[];
  goals: CarePlanGoal[];
}

export interface CarePlanContent {
  problems: CarePlanProblem[];
}

/**
 * Review intervals in days by level of care: one state's rule, used as the default until a
 * program sets its own (rules differ by state).
 */
export const DEFAULT_REVIEW_INTERVAL_DAYS: Record<LevelOfCare, number> = {
  [LevelOfCare.EARLY_INTERVENTION_0_5]: 90,
  [LevelOfCare.OUTPATIENT_1]: 90,
  [LevelOfCare.INTENSIVE_OUTPATIENT_2_1]: 90,
  [LevelOfCare.PARTIAL_HOSPITALIZATION_2_5]: 14,
  [LevelOfCare.LOW_INTENSITY_RESIDENTIAL_3_1]: 30,
  [LevelOfCare.POPULATION_SPECIFIC_RESIDENTIAL_3_3]: 30,
  [LevelOfCare.HIGH_INTENSITY_RESIDENTIAL_3_5]: 7,
  [LevelOfCare.MEDICALLY_MONITORED_INPATIENT_3_7]: 3,
  [LevelOfCare.MEDICALLY_MANAGED_INPATIENT_4]: 3,
};

export function reviewIntervalDays(level: LevelOfCare, programOverrides: Partial<Record<LevelOfCare, number>> = {}): number {
  return programOverrides[level] ?? DEFAULT_REVIEW_INTERVAL_DAYS[level];
}

export function reviewDueDate(signedOn: IsoDate, level: LevelOfCare, programOverrides: Partial<Record<LevelOfCare, number>> = {}): IsoDate {
  return toIsoDate(addDays(parseISO(signedOn), reviewIntervalDays(level, programOverrides)));
}

export enum CarePlanItemKind {
  PROBLEM = 'PROBLEM',
  GOAL = 'GOAL',
  OBJECTIVE = 'OBJECTIVE',
  INTERVENTION = 'INTERVENTION',
}

export const CARE_PLAN_ITEM_KIND_LABELS: Record<CarePlanItemKind, string> = {
  [CarePlanItemKind.PROBLEM]: 'Problem',
  [CarePlanItemKind.GOAL]: 'Goal',
  [CarePlanItemKind.OBJECTIVE]: 'Objective',
  [CarePlanItemKind.INTERVENTION]: 'Intervention',
};

export enum CarePlanChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}

export interface CarePlanChange {
  kind: CarePlanChangeKind;
  itemKind: CarePlanItemKind;
  itemId: string;
  /** A short label: the item's description (or client statement for problems). */
  label: string;
  /** For CHANGED: the fields that differ, e.g. ["status", "targetDate"]. */
  fields: string[];
  /** For CHANGED: the label in the earlier version, when it differs. */
  previousLabel: string | null;
}

interface FlatItem {
  kind: CarePlanItemKind;
  id: string;
  parentId: string | null;
  label: string;
  values: Record<string, unknown>;
}

function flatten(content: CarePlanContent): Map<string, FlatItem> {
  const items = new Map<string, FlatItem>();
  for (const problem of content.problems) {
    items.set(problem.id, {
      kind: CarePlanItemKind.PROBLEM,
      id: problem.id,
      parentId: null,
      label: problem.clientStatement || problem.clinicalDescription,
      values: {
        clientStatement: problem.clientStatement,
        clinicalDescription: problem.clinicalDescription,
        addressesDiagnosisCodes: problem.addressesDiagnosisCodes ?? [],
      },
    });
    for (const goal of problem.goals) {
      items.set(goal.id, { kind: CarePlanItemKind.GOAL, id: goal.id, parentId: problem.id, label: goal.description, values: { description: goal.description } });
      for (const objective of goal.objectives) {
        items.set(objective.id, {
          kind: CarePlanItemKind.OBJECTIVE,
          id: objective.id,
          parentId: goal.id,
          label: objective.description,
          values: { description: objective.description, targetDate: objective.targetDate, status: objective.status },
        });
        for (const intervention of objective.interventions) {
          items.set(intervention.id, {
            kind: CarePlanItemKind.INTERVENTION,
            id: intervention.id,
            parentId: objective.id,
            label: intervention.description,
            values: {
              description: intervention.description,
              frequency: intervention.frequency,
              responsibleStaffId: intervention.responsibleStaffId,
              modality: intervention.modality,
            },
          });
        }
      }
    }
  }
  return items;
}

const KIND_ORDER = [CarePlanItemKind.PROBLEM, CarePlanItemKind.GOAL, CarePlanItemKind.OBJECTIVE, CarePlanItemKind.INTERVENTION];

/**
 * What changed from one plan version to the next: items added, removed, and changed (with the
 * fields that differ, including a move to another parent). Ordered problems → interventions.
 */
export function diffCarePlans(before: CarePlanContent, after: CarePlanContent): CarePlanChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const changes: CarePlanChange[] = [];
  for (const [id, item] of b) {
    const old = a.get(id);
    if (!old || old.kind !== item.kind) {
      changes.push({ kind: CarePlanChangeKind.ADDED, itemKind: item.kind, itemId: id, label: item.label, fields: [], previousLabel: null });
      continue;
    }
    const fields = Object.keys(item.values).filter((key) => JSON.stringify(item.values[key]) !== JSON.stringify(old.values[key]));
    if (old.parentId !== item.parentId) fields.push('parent');
    if (fields.length > 0) {
      changes.push({
        kind: CarePlanChangeKind.CHANGED,
        itemKind: item.kind,
        itemId: id,
        label: item.label,
        fields,
        previousLabel: old.label !== item.label ? old.label : null,
      });
    }
  }
  for (const [id, item] of a) {
    const now = b.get(id);
    if (!now || now.kind !== item.kind) {
      changes.push({ kind: CarePlanChangeKind.REMOVED, itemKind: item.kind, itemId: id, label: item.label, fields: [], previousLabel: null });
    }
  }
  return changes.sort((x, y) => KIND_ORDER.indexOf(x.itemKind) - KIND_ORDER.indexOf(y.itemKind));
}

/** Problems a plan must resolve before a supervisor can sign it; empty when it is ready. */
export function carePlanReadinessProblems(content: CarePlanContent): string[] {
  const problems: string[] = [];
  if (content.problems.length === 0) problems.push('The plan has no problems yet.');
  for (const [pi, problem] of content.problems.entries()) {
    const p = `Problem ${pi + 1}`;
    if (problem.goals.length === 0) problems.push(`${p} has no goal.`);
    for (const [gi, goal] of problem.goals.entries()) {
      const g = `${p}, goal ${gi + 1}`;
      if (goal.objectives.length === 0) problems.push(`${g} has no measurable objective.`);
      for (const [oi, objective] of goal.objectives.entries()) {
        const o = `${g}, objective ${oi + 1}`;
        if (!objective.targetDate) problems.push(`${o} has no target date.`);
        if (objective.interventions.length === 0) problems.push(`${o} has no intervention.`);
      }
    }
  }
  return problems;
}
