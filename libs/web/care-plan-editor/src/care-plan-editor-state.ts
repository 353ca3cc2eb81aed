import type { CarePlanContentInput, CarePlanDetailFragment, Modality, ObjectiveStatus } from '@carecircle/web/data-access';

/**
 * The editor's working copy of a draft: the whole problem → goal → objective → intervention tree.
 * Items keep their ids across versions (new ones get a UUID made here), so the diff can follow them.
 */
export interface EditorIntervention {
  id: string;
  description: string;
  frequency: string;
  responsibleStaffId: string | null;
  /** Null until the counselor picks one; saving asks for it. */
  modality: Modality | null;
}

export interface EditorObjective {
  id: string;
  description: string;
  /** YYYY-MM-DD */
  targetDate: string | null;
  status: ObjectiveStatus;
  interventions: EditorIntervention[];
}

export interface EditorGoal {
  id: string;
  description: string;
  objectives: EditorObjective[];
}

export interface EditorProblem {
  id: string;
  clientStatement: string;
  clinicalDescription: string;
  /** ICD-10-CM codes of the client's diagnoses this problem addresses. */
  addressesDiagnosisCodes: string[];
  goals: EditorGoal[];
}

export interface EditorContent {
  problems: EditorProblem[];
}

export type ItemLevel = 'problem' | 'goal' | 'objective' | 'intervention';

export type EditorAction =
  | { type: 'add'; level: 'problem'; id: string }
  | { type: 'add'; level: Exclude<ItemLevel, 'problem'>; parentId: string; id: string }
  | { type: 'remove'; id: string }
  | { type: 'move'; id: string; direction: 'up' | 'down' }
  | { type: 'updateProblem'; id: string; changes: Partial<Pick<EditorProblem, 'clientStatement' | 'clinicalDescription' | 'addressesDiagnosisCodes'>> }
  | { type: 'updateGoal'; id: string; changes: Partial<Pick<EditorGoal, 'description'>> }
  | { type: 'updateObjective'; id: string; changes: Partial<Pick<EditorObjective, 'description' | 'targetDate' | 'status'>> }
  | {
      type: 'updateIntervention';
      id: string;
      changes: Partial<Pick<EditorIntervention, 'description' | 'frequency' | 'responsibleStaffId' | 'modality'>>;
    }
  /** Load a whole tree: the server's version, or the tree before a removal (undo). */
  | { type: 'replace'; content: EditorContent };

type SiblingEdit = <T extends { id: string }>(items: T[], index: number) => T[];

function editSiblings<T extends { id: string }>(items: T[], id: string, edit: SiblingEdit): T[] | null {
  const index = items.findIndex((item) => item.id === id);
  return index >= 0 ? edit(items, index) : null;
}

/** Applies `edit` to the list that holds the item with `id`, at whatever level it is. */
function editContaining(content: EditorContent, id: string, edit: SiblingEdit): EditorContent {
  const problems = editSiblings(content.problems, id, edit);
  if (problems) return { problems };
  return {
    problems: content.problems.map((problem) => {
      const goals = editSiblings(problem.goals, id, edit);
      if (goals) return { ...problem, goals };
      return {
        ...problem,
        goals: problem.goals.map((goal) => {
          const objectives = editSiblings(goal.objectives, id, edit);
          if (objectives) return { ...goal, objectives };
          return {
            ...goal,
            objectives: goal.objectives.map((objective) => {
              const interventions = editSiblings(objective.interventions, id, edit);
              return interventions ? { ...objective, interventions } : objective;
            }),
          };
        }),
      };
    }),
  };
}

function updateAt<C>(changes: C): SiblingEdit {
  return (items, index) => items.map((item, i) => (i === index ? { ...item, ...changes } : item));
}

const removeAt: SiblingEdit = (items, index) => items.filter((_, i) => i !== index);

function moveFrom(direction: 'up' | 'down'): SiblingEdit {
  return (items, index) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= items.length) return items;
    const next = [...items];
    [next[index], next[target]] = [next[target], next[index]];
    return next;
  };
}

export function blankProblem(id: string): EditorProblem {
  return { id, clientStatement: '', clinicalDescription: '', addressesDiagnosisCodes: [], goals: [] };
}
export function blankGoal(id: string): EditorGoal {
  return { id, description: '', objectives: [] };
}
export function blankObjective(id: string): EditorObjective {
  return { id, description: '', targetDate: null, status: 'NOT_STARTED', interventions: [] };
}
export function blankIntervention(id: string): EditorIntervention {
  return { id, description: '', frequency: '', responsibleStaffId: null, modality: null };
}

function addChild(content: EditorContent, level: Exclude<ItemLevel, 'problem'>, parentId: string, id: string): EditorContent {
  return {
    problems: content.problems.map((problem) => {
      if (level === 'goal') return problem.id === parentId ? { ...problem, goals: [...problem.goals, blankGoal(id)] } : problem;
      return {
        ...problem,
        goals: problem.goals.map((goal) => {
          if (level === 'objective') return goal.id === parentId ? { ...goal, objectives: [...goal.objectives, blankObjective(id)] } : goal;
          return {
            ...goal,
            objectives: goal.objectives.map((objective) =>
              objective.id === parentId ? { ...objective, interventions: [...objective.interventions, blankIntervention(id)] } : objective,
            ),
          };
        }),
      };
    }),
  };
}

/** Pure: every edit the counselor makes, as a new tree. Unknown ids leave the tree as it was. */
export function carePlanEditorReducer(content: EditorContent, action: EditorAction): EditorContent {
  switch (action.type) {
    case 'add':
      return action.level === 'problem'
        ? { problems: [...content.problems, blankProblem(action.id)] }
        : addChild(content, action.level, action.parentId, action.id);
    case 'remove':
      return editContaining(content, action.id, removeAt);
    case 'move':
      return editContaining(content, action.id, moveFrom(action.direction));
    case 'updateProblem':
    case 'updateGoal':
    case 'updateObjective':
    case 'updateIntervention':
      return editContaining(content, action.id, updateAt(action.changes));
    case 'replace':
      return action.content;
  }
}

/** The server's tree as the editor's working copy. */
export function editorContentFromPlan(plan: Pick<CarePlanDetailFragment, 'problems'>): EditorContent {
  return {
    problems: plan.problems.map((problem) => ({
      id: problem.id,
      clientStatement: problem.clientStatement ?? '',
      clinicalDescription: problem.clinicalDescription ?? '',
      addressesDiagnosisCodes: problem.addressesDiagnosisCodes ?? [],
      goals: problem.goals.map((goal) => ({
        id: goal.id,
        description: goal.description,
        objectives: goal.objectives.map((objective) => ({
          id: objective.id,
          description: objective.description,
          targetDate: objective.targetDate,
          status: objective.status,
          interventions: objective.interventions.map((intervention) => ({
            id: intervention.id,
            description: intervention.description,
            frequency: intervention.frequency,
            responsibleStaffId: intervention.responsibleStaffId,
            modality: intervention.modality,
          })),
        })),
      })),
    })),
  };
}

/** A problem found before saving, pointing at the field to fix. */
export interface EditorProblemMessage {
  itemId: string;
  field: 'problem' | 'modality';
  message: string;
}

/** What must be fixed before the draft can be saved (the API would refuse it otherwise). */
export function editorContentErrors(content: EditorContent): EditorProblemMessage[] {
  const errors: EditorProblemMessage[] = [];
  content.problems.forEach((problem, pi) => {
    if (!problem.clientStatement.trim() && !problem.clinicalDescription.trim()) {
      errors.push({
        itemId: problem.id,
        field: 'problem',
        message: `Problem ${pi + 1} needs the client's words or the clinical formulation.`,
      });
    }
    problem.goals.forEach((goal, gi) =>
      goal.objectives.forEach((objective, oi) =>
        objective.interventions.forEach((intervention, ii) => {
          if (!intervention.modality) {
            errors.push({
              itemId: intervention.id,
              field: 'modality',
              message: `Problem ${pi + 1}, goal ${gi + 1}, objective ${oi + 1}, intervention ${ii + 1} needs a modality.`,
            });
          }
        }),
      ),
    );
  });
  return errors;
}

/** The working copy as the save mutation's input. Call only when editorContentErrors is empty. */
export function contentInputFromEditor(content: EditorContent): CarePlanContentInput {
  return {
    problems: content.problems.map((problem) => ({
      id: problem.id,
      clientStatement: problem.clientStatement,
      clinicalDescription: problem.clinicalDescription,
      addressesDiagnosisCodes: problem.addressesDiagnosisCodes,
      goals: problem.goals.map((goal) => ({
        id: goal.id,
        description: goal.description,
        objectives: goal.objectives.map((objective) => ({
          id: objective.id,
          description: objective.description,
          targetDate: objective.targetDate || null,
          status: objective.status,
          interventions: objective.interventions.map((intervention) => ({
            id: intervention.id,
            description: intervention.description,
            frequency: intervention.frequency,
            responsibleStaffId: intervention.responsibleStaffId,
            modality: intervention.modality ?? 'OTHER',
          })),
        })),
      })),
    })),
  };
}

/** Whether two trees hold the same plan (for "unsaved changes"). */
export function sameContent(a: EditorContent, b: EditorContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
