import type { ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { ApiErrorCode, CARE_TEAM_ROLE_LABELS, diffCarePlans, type CarePlanContent } from '@carecircle/shared/domain';
import { errorMessage, type CarePlanDetailFragment, type CareTeamRole } from '@carecircle/web/data-access';
import { Button, type SelectOption } from '@carecircle/web/ui';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import {
  carePlanEditorReducer,
  contentInputFromEditor,
  editorContentErrors,
  editorContentFromPlan,
  sameContent,
  type EditorAction,
  type EditorContent,
  type ItemLevel,
} from './care-plan-editor-state';
import { formatDateTime } from './care-plan-format';
import { IntegratedCareGapNotice } from './integrated-care-gap-notice';
import type { PlanDiagnosis } from './problem-diagnoses-field';
import { CarePlanTreeEditor } from './care-plan-tree-editor';
import { carePlanVersionQuery, saveCarePlanDraftMutation, submitCarePlanForReviewMutation } from './care-plan.queries';
import { ConflictPanel } from './conflict-panel';
import { conflictDetails, graphQLErrorDetails, inputProblems, type ConflictDetails } from './graphql-error-details';
import { newItemId } from './new-item-id';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

export interface CareTeamEntry {
  role: CareTeamRole;
  staff: { id: string; displayName: string };
}

export interface CarePlanEditorProps {
  /** A DRAFT version. The editor keeps its own working copy: later changes to this prop are ignored. */
  plan: CarePlanDetailFragment;
  careTeam: readonly CareTeamEntry[];
  /** Called once the plan has gone to the supervisor. */
  onSubmitted: (plan: CarePlanDetailFragment) => void;
  /** The client's diagnoses and integrated-care gap (counselors and supervisors); left out while unknown. */
  integratedCare?: IntegratedCareContext | null;
}

export interface IntegratedCareContext {
  diagnoses: readonly PlanDiagnosis[];
  gap: { summary: string } | null;
  receivingIntegratedTreatment: boolean;
}

/** The shared domain diff works on the same tree; only the enums are typed differently. */
function asDomainContent(content: EditorContent): CarePlanContent {
  return content as unknown as CarePlanContent;
}

function staffOptionsFor(plan: CarePlanDetailFragment, careTeam: readonly CareTeamEntry[]): SelectOption[] {
  const options: SelectOption[] = [{ value: '', label: 'Unassigned' }];
  const seen = new Set<string>();
  for (const member of careTeam) {
    if (seen.has(member.staff.id)) continue;
    seen.add(member.staff.id);
    options.push({ value: member.staff.id, label: `${member.staff.displayName} (${CARE_TEAM_ROLE_LABELS[member.role].toLowerCase()})` });
  }
  // Someone named on an earlier version who has since left the care team stays selectable.
  for (const problem of plan.problems)
    for (const goal of problem.goals)
      for (const objective of goal.objectives)
        for (const intervention of objective.interventions) {
          const staff = intervention.responsibleStaff;
          if (staff && !seen.has(staff.id)) {
            seen.add(staff.id);
            options.push({ value: staff.id, label: `${staff.displayName} (not on the care team now)` });
          }
        }
  return options;
}

/** Edits a draft: the tree, Save draft, Submit for review, and the stale-write (conflict) path. */
export function CarePlanEditor({ plan, careTeam, onSubmitted, integratedCare }: CarePlanEditorProps) {
  const apollo = useApolloClient();
  const [content, dispatch] = useReducer(carePlanEditorReducer, plan, editorContentFromPlan);
  const [saved, setSaved] = useState<EditorContent>(() => editorContentFromPlan(plan));
  const [version, setVersion] = useState(plan.version);
  const [showValidation, setShowValidation] = useState(false);
  const [refusal, setRefusal] = useState<{ title: string; problems: string[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [theirs, setTheirs] = useState<CarePlanDetailFragment | null>(null);
  const [loadingTheirs, setLoadingTheirs] = useState(false);
  const [loadTheirsError, setLoadTheirsError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [undo, setUndo] = useState<{ text: string; content: EditorContent } | null>(null);
  const [focusItemId, setFocusItemId] = useState<string | null>(null);
  const [focusMove, setFocusMove] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const [busy, setBusy] = useState<'saving' | 'submitting' | null>(null);
  const [saveDraft] = useMutation(saveCarePlanDraftMutation);
  const [submitForReview] = useMutation(submitCarePlanForReviewMutation, { refetchQueries: ['CarePlanHistory'] });

  const dirty = !sameContent(content, saved);
  useUnsavedChangesWarning(dirty);

  const staffOptions = useMemo(() => staffOptionsFor(plan, careTeam), [plan, careTeam]);
  const validationErrors = showValidation ? editorContentErrors(content) : [];
  const errorsById = new Map(validationErrors.map((e) => [e.itemId, e.message]));
  const differences = useMemo(
    () => (theirs ? diffCarePlans(asDomainContent(editorContentFromPlan(theirs)), asDomainContent(content)) : null),
    [theirs, content],
  );

  useEffect(() => {
    if (undo) document.getElementById('cc-editor-undo')?.focus();
  }, [undo]);

  useEffect(() => {
    if (!focusMove) return;
    const other = focusMove.direction === 'up' ? 'down' : 'up';
    (document.getElementById(`move-${focusMove.direction}-${focusMove.id}`) ?? document.getElementById(`move-${other}-${focusMove.id}`))?.focus();
  }, [focusMove]);

  /** Every edit but undo itself ends the chance to undo a removal. */
  const edit = useCallback((action: EditorAction) => {
    setUndo(null);
    dispatch(action);
  }, []);

  function onAdd(level: ItemLevel, parentId: string | null) {
    const id = newItemId();
    edit(level === 'problem' || !parentId ? { type: 'add', level: 'problem', id } : { type: 'add', level, parentId, id });
    setFocusItemId(id);
  }

  function onRemove(_level: ItemLevel, id: string, title: string) {
    const before = content;
    dispatch({ type: 'remove', id });
    setUndo({ text: `Removed ${title}.`, content: before });
  }

  function onMove(id: string, direction: 'up' | 'down') {
    edit({ type: 'move', id, direction });
    setFocusMove({ id, direction });
  }

  function onUndo() {
    if (!undo) return;
    dispatch({ type: 'replace', content: undo.content });
    setNotice(`${undo.text.replace(/^Removed/, 'Restored').replace(/\.$/, '')}.`);
    setUndo(null);
  }

  /** Explains an answer other than success: the conflict panel, the API's list of problems, or its message. */
  function explainFailure(error: unknown, action: 'saved' | 'submitted'): void {
    const details = graphQLErrorDetails(error);
    const stale = details && conflictDetails(details);
    if (stale) {
      setConflict(stale);
      setTheirs(null);
      setLoadTheirsError(null);
    } else if (details?.code === ApiErrorCode.BAD_USER_INPUT) {
      const problems = inputProblems(details);
      setRefusal({
        title: action === 'submitted' ? 'The plan is not ready for review' : 'The draft could not be saved',
        problems: problems.length > 0 ? problems : [details.message],
      });
    } else {
      setFailure(details ? details.message : errorMessage(error as ErrorLike));
    }
  }

  async function save(expectedVersion = version): Promise<CarePlanDetailFragment | null> {
    if (editorContentErrors(content).length > 0) {
      setShowValidation(true);
      setNotice('');
      return null;
    }
    const sent = content;
    setBusy('saving');
    setFailure(null);
    setRefusal(null);
    try {
      const { data } = await saveDraft({ variables: { input: { planId: plan.id, expectedVersion, content: contentInputFromEditor(sent) } } });
      const savedPlan = data?.saveCarePlanDraft;
      if (!savedPlan) throw new Error('no plan in the answer');
      setVersion(savedPlan.version);
      setSaved(sent);
      setConflict(null);
      setTheirs(null);
      setShowValidation(false);
      setNotice(`Draft saved at ${formatDateTime(savedPlan.updatedAt)}.`);
      return savedPlan;
    } catch (error) {
      explainFailure(error, 'saved');
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function submit() {
    let expectedVersion = version;
    if (dirty || conflict) {
      const savedPlan = await save();
      if (!savedPlan) return;
      expectedVersion = savedPlan.version;
    }
    setBusy('submitting');
    setFailure(null);
    setRefusal(null);
    try {
      const { data } = await submitForReview({ variables: { planId: plan.id, expectedVersion } });
      if (data?.submitCarePlanForReview) onSubmitted(data.submitCarePlanForReview);
    } catch (error) {
      explainFailure(error, 'submitted');
    } finally {
      setBusy(null);
    }
  }

  async function loadTheirs(): Promise<CarePlanDetailFragment | null> {
    setLoadingTheirs(true);
    setLoadTheirsError(null);
    try {
      const { data } = await apollo.query({ query: carePlanVersionQuery, variables: { planId: plan.id }, fetchPolicy: 'network-only' });
      const plan2 = data?.carePlan ?? null;
      setTheirs(plan2);
      return plan2;
    } catch (error) {
      setLoadTheirsError(`Their version could not be loaded. ${errorMessage(error as ErrorLike)}`);
      return null;
    } finally {
      setLoadingTheirs(false);
    }
  }

  async function takeTheirs() {
    const other = theirs ?? (await loadTheirs());
    if (!other) return;
    const theirContent = editorContentFromPlan(other);
    dispatch({ type: 'replace', content: theirContent });
    setSaved(theirContent);
    setVersion(other.version);
    setConflict(null);
    setTheirs(null);
    setUndo(null);
    setShowValidation(false);
    setNotice(`Your changes were discarded; this is the version ${conflict?.changedByName ?? 'they'} saved.`);
  }

  function retry() {
    void save(theirs?.version ?? conflict?.currentVersion ?? version);
  }

  return (
    <div className="cc-editor">
      {plan.returnComment && plan.returnedBy && (
        <section className="cc-returned" aria-labelledby="cc-returned-title">
          <h2 id="cc-returned-title" className="cc-returned__title">
            Returned for changes
          </h2>
          <p>
            Returned for changes by {plan.returnedBy.displayName}
            {plan.returnedAt ? ` on ${formatDateTime(plan.returnedAt)}` : ''}: <q className="cc-returned__comment">{plan.returnComment}</q>
          </p>
        </section>
      )}

      {conflict && (
        <ConflictPanel
          conflict={conflict}
          differences={differences}
          loadingTheirs={loadingTheirs}
          loadError={loadTheirsError}
          busy={busy !== null}
          onShowTheirs={() => void loadTheirs()}
          onRetry={retry}
          onUseTheirs={() => void takeTheirs()}
        />
      )}

      {validationErrors.length > 0 && (
        <section className="cc-editor__problems" role="alert" aria-labelledby="cc-validation-title">
          <h2 id="cc-validation-title">Fix these before saving</h2>
          <ul>
            {validationErrors.map((e) => (
              <li key={`${e.itemId}-${e.field}`}>{e.message}</li>
            ))}
          </ul>
        </section>
      )}

      {refusal && (
        <section className="cc-editor__problems" role="alert" aria-labelledby="cc-refusal-title">
          <h2 id="cc-refusal-title">{refusal.title}</h2>
          <ul>
            {refusal.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}

      {failure && (
        <p className="cc-editor__failure" role="alert">
          {failure} Your changes are still here; try again.
        </p>
      )}

      {content.problems.length === 0 && (
        <div className="cc-editor__start">
          <p>
            <strong>This draft is empty.</strong> Start with a problem in the client's own words, then add goals, measurable objectives and the
            interventions that support them.
          </p>
        </div>
      )}

      {integratedCare && (
        <IntegratedCareGapNotice
          clientId={plan.clientId}
          gap={integratedCare.gap}
          receivingIntegratedTreatment={integratedCare.receivingIntegratedTreatment}
          draft={{ diagnoses: integratedCare.diagnoses, content: asDomainContent(content) }}
        />
      )}
      <CarePlanTreeEditor
        diagnoses={integratedCare?.diagnoses}
        content={content}
        dispatch={edit}
        staffOptions={staffOptions}
        errors={errorsById}
        focusItemId={focusItemId}
        onAdd={onAdd}
        onRemove={onRemove}
        onMove={onMove}
      />

      <div className="cc-editor__bar">
        <div className="cc-editor__messages">
          <p className="cc-editor__save-state">{dirty ? 'Unsaved changes' : 'All changes saved'}</p>
          <div role="status" className="cc-editor__notice">
            {undo ? (
              <span className="cc-editor__undo">
                {undo.text}{' '}
                <Button variant="quiet" id="cc-editor-undo" onPress={onUndo}>
                  Undo
                </Button>
              </span>
            ) : (
              notice
            )}
          </div>
        </div>
        <div className="cc-editor__actions">
          <Button variant="secondary" onPress={() => void save()} isDisabled={busy !== null}>
            {busy === 'saving' ? 'Saving…' : 'Save draft'}
          </Button>
          <Button variant="primary" onPress={() => void submit()} isDisabled={busy !== null}>
            {busy === 'submitting' ? 'Submitting…' : 'Submit for review'}
          </Button>
        </div>
      </div>
    </div>
  );
}
