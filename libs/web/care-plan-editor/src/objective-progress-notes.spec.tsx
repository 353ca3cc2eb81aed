import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import type { CarePlanDetailFragment } from '@carecircle/web/data-access';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { editorContentFromPlan } from './care-plan-editor-state';
import { CarePlanTreeEditor } from './care-plan-tree-editor';
import { CarePlanView } from './care-plan-view';
import { planObjectiveProgressNotesQuery } from './objective-progress-notes.queries';

const objective = (id: string, description: string) => ({
  __typename: 'CarePlanObjective' as const,
  id,
  description,
  targetDate: '2026-06-01',
  status: 'IN_PROGRESS' as const,
  interventions: [],
});

const plan = {
  __typename: 'CarePlan',
  id: 'plan-2',
  clientId: 'c-1',
  isPartialView: false,
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
          objectives: [objective('o-1', 'Attend three meetings a week'), objective('o-2', 'Name two people to call when cravings rise')],
        },
      ],
    },
  ],
} as unknown as CarePlanDetailFragment;

const addressed = (objectiveId: string, progress: string) => ({
  __typename: 'AddressedObjective',
  objectiveId,
  objectiveDescription: 'As the plan read then',
  progress,
});

const notesResult: MockLink.MockedResponse = {
  request: { query: planObjectiveProgressNotesQuery, variables: { clientId: 'c-1' } },
  result: {
    data: {
      progressNotes: [
        { __typename: 'ProgressNote', id: 'n-2', status: 'SIGNED', format: 'SOAP', sessionDate: '2026-03-30', objectives: [addressed('o-1', 'MET')] },
        {
          __typename: 'ProgressNote',
          id: 'n-1',
          status: 'SIGNED',
          format: 'DAP',
          sessionDate: '2026-03-24',
          objectives: [addressed('o-1', 'SOME_PROGRESS'), addressed('o-9', 'NO_PROGRESS')],
        },
      ],
    },
  },
};

function objectiveItem(description: RegExp): HTMLElement {
  const heading = screen.getByRole('heading', { name: description });
  return heading.closest('li') as HTMLElement;
}

describe('Progress notes under plan objectives', () => {
  it('lists under each objective the notes that addressed it, with date, format and rating, linking to each note', async () => {
    render(
      <MockedProvider mocks={[notesResult]}>
        <MemoryRouter>
          <CarePlanView plan={plan} />
        </MemoryRouter>
      </MockedProvider>,
    );

    const list = await screen.findByRole('list', { name: 'Progress notes (2)' });
    expect(objectiveItem(/Attend three meetings a week/)).toContainElement(list);
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Mar 30, 2026 · SOAP · Met', 'Mar 24, 2026 · DAP · Some progress']);
    expect(links[1]).toHaveAttribute('href', '/clients/c-1/notes/n-1');
    expect(within(objectiveItem(/Name two people to call/)).getByText('Progress notes (0)')).toBeInTheDocument();
  });

  it('shows nothing about notes to a reader who may not see them', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: notesResult.request,
            result: { data: null, errors: [{ message: 'Not allowed', path: ['progressNotes'], extensions: { code: ApiErrorCode.FORBIDDEN } }] },
          } as MockLink.MockedResponse,
        ]}
      >
        <MemoryRouter>
          <CarePlanView plan={plan} />
        </MemoryRouter>
      </MockedProvider>,
    );

    expect(await screen.findByRole('heading', { name: /Attend three meetings a week/ })).toBeInTheDocument();
    // Let the refused query settle before looking for what it would have shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(screen.queryByText(/Progress notes \(/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the same list under each objective in the draft editor', async () => {
    render(
      <MockedProvider mocks={[notesResult]}>
        <MemoryRouter initialEntries={['/clients/c-1/care-plan']}>
          <Routes>
            <Route
              path="/clients/:clientId/care-plan"
              element={
                <CarePlanTreeEditor
                  content={editorContentFromPlan(plan)}
                  dispatch={() => undefined}
                  staffOptions={[{ value: '', label: 'Unassigned' }]}
                  errors={new Map()}
                  focusItemId={null}
                  onAdd={() => undefined}
                  onRemove={() => undefined}
                  onMove={() => undefined}
                />
              }
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );

    const list = await screen.findByRole('list', { name: 'Progress notes (2)' });
    expect(within(list).getByRole('link', { name: 'Mar 30, 2026 · SOAP · Met' })).toHaveAttribute('href', '/clients/c-1/notes/n-2');
    expect(screen.getByText('Progress notes (0)')).toBeInTheDocument();
  });
});
