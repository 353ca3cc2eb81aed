import { CARE_PLAN_ITEM_KIND_LABELS } from '@carecircle/shared/domain';
import type { CarePlanChangeKind, CarePlanItemKind } from '@carecircle/web/data-access';

/** One difference between two versions (the API's CarePlanChange, or one computed in the browser). */
export interface PlanChange {
  kind: CarePlanChangeKind;
  itemKind: CarePlanItemKind;
  itemId: string;
  label: string;
  fields: readonly string[];
  previousLabel: string | null;
}

const FIELD_LABELS: Record<string, string> = {
  clientStatement: "client's words",
  clinicalDescription: 'clinical formulation',
  addressesDiagnosisCodes: 'diagnoses addressed',
  description: 'description',
  targetDate: 'target date',
  status: 'status',
  frequency: 'frequency',
  responsibleStaffId: 'responsible staff',
  modality: 'modality',
  parent: 'moved to another parent',
};

export interface DiffGroupHeadings {
  ADDED: string;
  CHANGED: string;
  REMOVED: string;
}

export const VERSION_DIFF_HEADINGS: DiffGroupHeadings = { ADDED: 'Added', CHANGED: 'Changed', REMOVED: 'Removed' };

export interface CarePlanDiffListProps {
  changes: readonly PlanChange[];
  /** Names the whole list for screen readers, e.g. "Changes from version 2 to version 3". */
  title: string;
  headings?: DiffGroupHeadings;
  headingLevel?: 3 | 4;
  /** Shown when nothing differs. */
  emptyText?: string;
}

/** Differences grouped as added / changed / removed, each with words, not colour alone. */
export function CarePlanDiffList({
  changes,
  title,
  headings = VERSION_DIFF_HEADINGS,
  headingLevel = 3,
  emptyText = 'No differences: both versions hold the same plan.',
}: CarePlanDiffListProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (changes.length === 0) {
    return (
      <section className="cc-diff" aria-label={title}>
        <p className="cc-diff__empty">{emptyText}</p>
      </section>
    );
  }
  const groups = (['ADDED', 'CHANGED', 'REMOVED'] as const)
    .map((kind) => ({ kind, items: changes.filter((c) => c.kind === kind) }))
    .filter((g) => g.items.length > 0);
  return (
    <section className="cc-diff" aria-label={title}>
      {groups.map((group) => (
        <div key={group.kind} className={`cc-diff__group cc-diff__group--${group.kind.toLowerCase()}`}>
          <Heading className="cc-diff__heading">
            {headings[group.kind]} ({group.items.length})
          </Heading>
          <ul className="cc-diff__list">
            {group.items.map((change) => (
              <li key={`${change.kind}-${change.itemId}`} className="cc-diff__item">
                <span className="cc-diff__kind">{CARE_PLAN_ITEM_KIND_LABELS[change.itemKind]}:</span>{' '}
                <span className="cc-diff__label">{change.label || '(no description)'}</span>
                {change.kind === 'CHANGED' && change.fields.length > 0 && (
                  <span className="cc-diff__fields"> — changed: {change.fields.map((f) => FIELD_LABELS[f] ?? f).join(', ')}</span>
                )}
                {change.previousLabel && <span className="cc-diff__previous"> (was “{change.previousLabel}”)</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
