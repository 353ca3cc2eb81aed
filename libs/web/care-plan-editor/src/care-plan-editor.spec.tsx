import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import type { CarePlanDetailFragment } from '@carecircle/web/data-access';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CarePlanEditor, type CareTeamEntry } from './care-plan-editor';
import { contentInputFromEditor, editorContentFromPlan } from './care-plan-editor-state';
import { carePlanVersionQuery, saveCarePlanDraftMutation, submitCarePlanForReviewMutation } from './care-plan.queries';

const staff = (id: string, displayName: string) => ({ __typename: 'StaffMember' as const, id, displayName });

function intervention(id: string, description: string) {
  return {
    __typename: 'CarePlanIntervention' as const,
    id,
    description,
    frequency: 'weekly',
    modality: 'MI' as const,
    responsibleStaffId: 's-avery',
    responsibleStaff: staff('s-avery', 'Avery Chen'),
  };
}

/** A draft as the API sends it, __typename included. */
function draft(overrides: Partial<CarePlanDetailFragment> = {}, interventions = [intervention('i-1', 'Motivational interviewing check-in')]): CarePlanDetailFragment {
  return {
    __typename: 'CarePlan',
    id: 'plan-1',
    clientId: 'c-1',
    planVersion: 2,
    version: 3,
    status: 'DRAFT',
    isOverdue: false,
    isPartialView: false,
    reviewDueOn: null,
    basedOnPlanId: 'plan-0',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    submittedAt: null,
    signedAt: null,
    returnedAt: null,
    returnComment: null,
    signOffComment: null,
    createdBy: staff('s-avery', 'Avery Chen'),
    updatedBy: staff('s-avery', 'Avery Chen'),
    submittedBy: null,
    signedBy: null,
    returnedBy: null,
    problems: [
      {
        __typename: 'CarePlanProblem',
        id: 'p-1',
        clientStatement: 'I drink when I feel alone',
        clinicalDescription: 'Alcohol use disorder, moderate',
        addressesDiagnosisCodes: [],
        goals: [
          {
            __typename: 'CarePlanGoal',
            id: 'g-1',
            description: 'Stay sober',
            objectives: [
              {
                __typename: 'CarePlanObjective',
                id: 'o-1',
                description: 'Attend three meetings a week',
                targetDate: '2026-06-01',
                status: 'IN_PROGRESS',
                interventions,
              },
            ],
          },
        ],
      },
    ],
    ...overrides,
  } as CarePlanDetailFragment;
}

const careTeam: CareTeamEntry[] = [{ role: 'COUNSELOR', staff: { id: 's-avery', displayName: 'Avery Chen' } }];

/** The save request the editor sends once the goal reads `goal`. */
function saveRequest(expectedVersion: number, goal: string) {
  const content = editorContentFromPlan(draft());
  content.problems[0].goals[0].description = goal;
  return {
    query: saveCarePlanDraftMutation,
    variables: { input: { planId: 'plan-1', expectedVersion, content: contentInputFromEditor(content) } },
  };
}

function renderEditor(mocks: MockLink.MockedResponse[], plan = draft()) {
  const onSubmitted = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <CarePlanEditor plan={plan} careTeam={careTeam} onSubmitted={onSubmitted} />
    </MockedProvider>,
  );
  return { onSubmitted };
}

describe('CarePlanEditor', () => {
  it('keeps what was typed through a conflict, shows their change, and retries with their version', async () => {
    const user = userEvent.setup();
    const theirs = draft({ version: 4, updatedBy: staff('s-blake', 'Blake Rivera') }, [
      intervention('i-1', 'Motivational interviewing check-in'),
      intervention('i-9', 'Monthly family session'),
    ]);
    const retried = jest.fn(() => ({ data: { saveCarePlanDraft: { ...draft({ version: 5 }), updatedAt: '2026-03-02T16:00:00.000Z' } } }));
    renderEditor([
      {
        request: saveRequest(3, 'Stay sober and rebuild routines'),
        result: {
          errors: [
            new GraphQLError('This care plan was changed by Blake Rivera after you opened it.', {
              extensions: { code: ApiErrorCode.CONFLICT, changedByName: 'Blake Rivera', changedAt: '2026-03-02T15:04:00.000Z', currentVersion: 4 },
            }),
          ],
        },
      },
      {
        request: { query: carePlanVersionQuery, variables: { planId: 'plan-1' } },
        result: {
          data: { carePlan: { ...theirs, client: { __typename: 'Client', id: 'c-1', firstName: 'Jordan', lastName: 'Rivera', preferredName: null } } },
        },
      },
      { request: saveRequest(4, 'Stay sober and rebuild routines'), result: retried },
    ]);

    const goal = screen.getByRole('textbox', { name: 'Goal' });
    await user.clear(goal);
    await user.type(goal, 'Stay sober and rebuild routines');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Someone else changed this plan' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(/Blake Rivera saved this plan on .*2026/);
    expect(screen.getByRole('textbox', { name: 'Goal' })).toHaveValue('Stay sober and rebuild routines');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Show their version' }));
    const differences = await within(alert).findByRole('region', { name: 'Differences between their version and yours' });
    expect(within(differences).getByRole('heading', { name: 'Only in their version (1)' })).toBeInTheDocument();
    expect(differences).toHaveTextContent('Intervention: Monthly family session');
    expect(differences).toHaveTextContent(/Goal: Stay sober and rebuild routines — changed: description \(was “Stay sober”\)/);
    expect(screen.getByRole('textbox', { name: 'Goal' })).toHaveValue('Stay sober and rebuild routines');

    await user.click(within(alert).getByRole('button', { name: 'Keep my changes and retry' }));
    expect(await screen.findByText(/Draft saved at/)).toBeInTheDocument();
    expect(retried).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: 'Someone else changed this plan' })).not.toBeInTheDocument();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Goal' })).toHaveValue('Stay sober and rebuild routines');
  });

  it('discards my changes for theirs when asked', async () => {
    const user = userEvent.setup();
    const theirs = draft({ version: 4 }, [intervention('i-1', 'Motivational interviewing check-in'), intervention('i-9', 'Monthly family session')]);
    renderEditor([
      {
        request: saveRequest(3, 'Mine'),
        result: { errors: [new GraphQLError('stale', { extensions: { code: ApiErrorCode.CONFLICT, changedByName: 'Blake Rivera', changedAt: '2026-03-02T15:04:00.000Z', currentVersion: 4 } })] },
      },
      {
        request: { query: carePlanVersionQuery, variables: { planId: 'plan-1' } },
        result: { data: { carePlan: { ...theirs, client: { __typename: 'Client', id: 'c-1', firstName: 'Jordan', lastName: 'Rivera', preferredName: null } } } },
      },
    ]);
    const goal = screen.getByRole('textbox', { name: 'Goal' });
    await user.clear(goal);
    await user.type(goal, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await user.click(await screen.findByRole('button', { name: 'Discard mine and use theirs' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Goal' })).toHaveValue('Stay sober'));
    expect(screen.getAllByRole('textbox', { name: 'What staff will do' }).map((i) => (i as HTMLInputElement).value)).toEqual([
      'Motivational interviewing check-in',
      'Monthly family session',
    ]);
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists the readiness problems the API gives when the plan is not ready for review', async () => {
    const user = userEvent.setup();
    const submit = { query: submitCarePlanForReviewMutation, variables: { planId: 'plan-1', expectedVersion: 3 } };
    const { onSubmitted } = renderEditor([
      {
        request: submit,
        result: {
          errors: [
            new GraphQLError('The care plan is not ready for review.', {
              extensions: { code: ApiErrorCode.BAD_USER_INPUT, problems: [{ field: 'content', problem: 'Problem 1, goal 1, objective 1 has no target date.' }] },
            }),
          ],
        },
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The plan is not ready for review' })).toBeInTheDocument();
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Problem 1, goal 1, objective 1 has no target date.');
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it('adds, moves and removes items with named buttons, and undoes a removal', async () => {
    const user = userEvent.setup();
    renderEditor([]);
    await user.click(screen.getByRole('button', { name: 'Add intervention to objective 1' }));
    const interventions = () => screen.getAllByRole('group', { name: /^Intervention \d$/ });
    expect(interventions()).toHaveLength(2);
    expect(within(interventions()[1]).getByRole('textbox', { name: 'What staff will do' })).toHaveFocus();
    await user.type(within(interventions()[1]).getByRole('textbox', { name: 'What staff will do' }), 'Thought records');
    const modality = within(interventions()[1]).getByRole('combobox', { name: 'Modality' });
    expect(within(modality).getByRole('option', { name: 'Cognitive behavioral therapy (CBT)' })).toBeInTheDocument();
    await user.selectOptions(modality, 'Cognitive behavioral therapy (CBT)');

    await user.click(screen.getByRole('button', { name: 'Move intervention 2 up' }));
    expect(within(interventions()[0]).getByRole('textbox', { name: 'What staff will do' })).toHaveValue('Thought records');

    await user.click(screen.getByRole('button', { name: 'Remove intervention 1' }));
    expect(interventions()).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Removed intervention 1 of objective 1.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(interventions()).toHaveLength(2);
    expect(within(interventions()[0]).getByRole('textbox', { name: 'What staff will do' })).toHaveValue('Thought records');
  });

  it('asks for a modality before saving a new intervention, and loses nothing typed', async () => {
    const user = userEvent.setup();
    renderEditor([]);
    await user.click(screen.getByRole('button', { name: 'Add intervention to objective 1' }));
    await user.type(screen.getAllByRole('textbox', { name: 'What staff will do' })[1], 'Thought records');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Problem 1, goal 1, objective 1, intervention 2 needs a modality.');
    expect(screen.getAllByRole('textbox', { name: 'What staff will do' })[1]).toHaveValue('Thought records');
  });

  it('shows the supervisor\u2019s return comment on a returned draft', () => {
    renderEditor([], draft({ returnComment: 'Add a target date to objective 1.', returnedBy: staff('s-sup', 'Morgan Lee'), returnedAt: '2026-03-03T10:00:00.000Z' }));
    const region = screen.getByRole('region', { name: 'Returned for changes' });
    expect(region).toHaveTextContent(/Returned for changes by Morgan Lee on .*2026.*: .*Add a target date to objective 1\./);
  });
});
