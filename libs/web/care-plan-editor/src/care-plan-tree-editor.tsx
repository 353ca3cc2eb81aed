import { Modality as DomainModality, MODALITY_LABELS, OBJECTIVE_STATUS_LABELS } from '@carecircle/shared/domain';
import type { Modality, ObjectiveStatus } from '@carecircle/web/data-access';
import { Button, SelectField, TextAreaField, TextField, type SelectOption } from '@carecircle/web/ui';
import type { Dispatch, ReactNode } from 'react';
import { useParams } from 'react-router';
import type { EditorAction, EditorContent, ItemLevel } from './care-plan-editor-state';
import { OBJECTIVE_STATUSES } from './care-plan-format';
import { DateField } from './date-field';
import { ObjectiveProgressNotes, useObjectiveProgressNotes } from './objective-progress-notes';
import { ProblemDiagnosesField, type PlanDiagnosis } from './problem-diagnoses-field';

export const LEVEL_NAMES: Record<ItemLevel, string> = {
  problem: 'problem',
  goal: 'goal',
  objective: 'objective',
  intervention: 'intervention',
};

export const MODALITY_OPTIONS: readonly SelectOption[] = [
  { value: '', label: 'Choose a modality…' },
  ...Object.values(DomainModality).map((m) => ({ value: m, label: MODALITY_LABELS[m] })),
];

const STATUS_OPTIONS: readonly SelectOption[] = OBJECTIVE_STATUSES.map((s) => ({ value: s, label: OBJECTIVE_STATUS_LABELS[s] }));

export interface CarePlanTreeEditorProps {
  content: EditorContent;
  dispatch: Dispatch<EditorAction>;
  /** "Unassigned" first, then the client's care team. */
  staffOptions: readonly SelectOption[];
  /** Validation messages by item id. */
  errors: ReadonlyMap<string, string>;
  /** The item just added: its first field takes focus. */
  focusItemId: string | null;
  onAdd: (level: ItemLevel, parentId: string | null) => void;
  onRemove: (level: ItemLevel, id: string, title: string) => void;
  onMove: (id: string, direction: 'up' | 'down') => void;
  /** The client's diagnoses, for "which diagnoses this problem addresses"; left out when not known. */
  diagnoses?: readonly PlanDiagnosis[];
}

interface ItemFrameProps {
  id: string;
  level: ItemLevel;
  index: number;
  count: number;
  heading: 'h2' | 'h3' | 'h4' | 'h5';
  onRemove: () => void;
  onMove: (direction: 'up' | 'down') => void;
  children: ReactNode;
}

/** One item's frame: a group named "Goal 2" with Move up / Move down / Remove. */
function ItemFrame({ id, level, index, count, heading: Heading, onRemove, onMove, children }: ItemFrameProps) {
  const name = `${LEVEL_NAMES[level]} ${index + 1}`;
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  return (
    <fieldset className={`cc-item cc-item--${level}`} id={`item-${id}`}>
      <legend className="cc-item__legend">
        <Heading className="cc-item__title">{title}</Heading>
      </legend>
      <div className="cc-item__actions">
        {index > 0 && (
          <Button variant="quiet" id={`move-up-${id}`} onPress={() => onMove('up')}>
            <span aria-hidden="true">↑</span> Move {name} up
          </Button>
        )}
        {index < count - 1 && (
          <Button variant="quiet" id={`move-down-${id}`} onPress={() => onMove('down')}>
            <span aria-hidden="true">↓</span> Move {name} down
          </Button>
        )}
        <Button variant="quiet" className="cc-item__remove" onPress={onRemove}>
          Remove {name}
        </Button>
      </div>
      {children}
    </fieldset>
  );
}

/** The draft's whole tree as form fields, every input labelled, every action a named button. */
export function CarePlanTreeEditor({ content, dispatch, staffOptions, errors, focusItemId, onAdd, onRemove, onMove, diagnoses }: CarePlanTreeEditorProps) {
  // The editor lives on "/clients/:clientId/care-plan"; the notes under each objective are that client's.
  const { clientId } = useParams();
  const notesByObjective = useObjectiveProgressNotes(clientId);
  return (
    <div className="cc-tree">
      {content.problems.map((problem, pi) => (
        <ItemFrame
          key={problem.id}
          id={problem.id}
          level="problem"
          index={pi}
          count={content.problems.length}
          heading="h2"
          onRemove={() => onRemove('problem', problem.id, `problem ${pi + 1}`)}
          onMove={(direction) => onMove(problem.id, direction)}
        >
          <div className="cc-item__fields cc-item__fields--two">
            <TextAreaField
              label="Client's words"
              description="The problem as the client puts it."
              value={problem.clientStatement}
              onChange={(clientStatement) => dispatch({ type: 'updateProblem', id: problem.id, changes: { clientStatement } })}
              errorMessage={errors.get(problem.id)}
              autoFocus={focusItemId === problem.id}
            />
            <TextAreaField
              label="Clinical formulation"
              description="Your clinical description of the problem."
              value={problem.clinicalDescription}
              onChange={(clinicalDescription) => dispatch({ type: 'updateProblem', id: problem.id, changes: { clinicalDescription } })}
            />
          </div>
          {diagnoses && (
            <ProblemDiagnosesField
              problemNumber={pi + 1}
              diagnoses={diagnoses}
              value={problem.addressesDiagnosisCodes}
              onChange={(addressesDiagnosisCodes) => dispatch({ type: 'updateProblem', id: problem.id, changes: { addressesDiagnosisCodes } })}
            />
          )}
          {problem.goals.map((goal, gi) => (
            <ItemFrame
              key={goal.id}
              id={goal.id}
              level="goal"
              index={gi}
              count={problem.goals.length}
              heading="h3"
              onRemove={() => onRemove('goal', goal.id, `goal ${gi + 1} of problem ${pi + 1}`)}
              onMove={(direction) => onMove(goal.id, direction)}
            >
              <TextField
                label="Goal"
                description="What the client wants to achieve."
                value={goal.description}
                onChange={(description) => dispatch({ type: 'updateGoal', id: goal.id, changes: { description } })}
                autoFocus={focusItemId === goal.id}
              />
              {goal.objectives.map((objective, oi) => (
                <ItemFrame
                  key={objective.id}
                  id={objective.id}
                  level="objective"
                  index={oi}
                  count={goal.objectives.length}
                  heading="h4"
                  onRemove={() => onRemove('objective', objective.id, `objective ${oi + 1} of goal ${gi + 1}`)}
                  onMove={(direction) => onMove(objective.id, direction)}
                >
                  <TextAreaField
                    label="Measurable objective"
                    description="What will be different, and how you will know."
                    rows={2}
                    value={objective.description}
                    onChange={(description) => dispatch({ type: 'updateObjective', id: objective.id, changes: { description } })}
                    autoFocus={focusItemId === objective.id}
                  />
                  <div className="cc-item__fields cc-item__fields--two">
                    <DateField
                      label="Target date"
                      value={objective.targetDate ?? ''}
                      onChange={(targetDate) => dispatch({ type: 'updateObjective', id: objective.id, changes: { targetDate: targetDate || null } })}
                    />
                    <SelectField
                      label="Status"
                      value={objective.status}
                      options={STATUS_OPTIONS}
                      onChange={(status) => dispatch({ type: 'updateObjective', id: objective.id, changes: { status: status as ObjectiveStatus } })}
                    />
                  </div>
                  {notesByObjective && clientId && <ObjectiveProgressNotes clientId={clientId} notes={notesByObjective.get(objective.id)} />}
                  {objective.interventions.map((intervention, ii) => (
                    <ItemFrame
                      key={intervention.id}
                      id={intervention.id}
                      level="intervention"
                      index={ii}
                      count={objective.interventions.length}
                      heading="h5"
                      onRemove={() => onRemove('intervention', intervention.id, `intervention ${ii + 1} of objective ${oi + 1}`)}
                      onMove={(direction) => onMove(intervention.id, direction)}
                    >
                      <TextField
                        label="What staff will do"
                        value={intervention.description}
                        onChange={(description) => dispatch({ type: 'updateIntervention', id: intervention.id, changes: { description } })}
                        autoFocus={focusItemId === intervention.id}
                      />
                      <div className="cc-item__fields cc-item__fields--three">
                        <TextField
                          label="How often"
                          description="For example “weekly, 50 minutes”."
                          value={intervention.frequency}
                          onChange={(frequency) => dispatch({ type: 'updateIntervention', id: intervention.id, changes: { frequency } })}
                        />
                        <SelectField
                          label="Responsible staff"
                          value={intervention.responsibleStaffId ?? ''}
                          options={staffOptions}
                          onChange={(value) =>
                            dispatch({ type: 'updateIntervention', id: intervention.id, changes: { responsibleStaffId: value || null } })
                          }
                        />
                        <SelectField
                          label="Modality"
                          value={intervention.modality ?? ''}
                          options={MODALITY_OPTIONS}
                          errorMessage={errors.get(intervention.id)}
                          onChange={(value) =>
                            dispatch({ type: 'updateIntervention', id: intervention.id, changes: { modality: (value || null) as Modality | null } })
                          }
                        />
                      </div>
                    </ItemFrame>
                  ))}
                  <Button variant="secondary" className="cc-item__add" onPress={() => onAdd('intervention', objective.id)}>
                    <span aria-hidden="true">+</span> Add intervention to objective {oi + 1}
                  </Button>
                </ItemFrame>
              ))}
              <Button variant="secondary" className="cc-item__add" onPress={() => onAdd('objective', goal.id)}>
                <span aria-hidden="true">+</span> Add objective to goal {gi + 1}
              </Button>
            </ItemFrame>
          ))}
          <Button variant="secondary" className="cc-item__add" onPress={() => onAdd('goal', problem.id)}>
            <span aria-hidden="true">+</span> Add goal to problem {pi + 1}
          </Button>
        </ItemFrame>
      ))}
      <Button variant="secondary" className="cc-item__add" onPress={() => onAdd('problem', null)}>
        <span aria-hidden="true">+</span> Add problem
      </Button>
    </div>
  );
}
