import { MockedProvider } from '@apollo/client/testing/react';
import type { CarePlanDetailFragment } from '@carecircle/web/data-access';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { CarePlanEditor, type IntegratedCareContext } from './care-plan-editor';

const staff = (id: string, displayName: string) => ({ __typename: 'StaffMember' as const, id, displayName });

/** A draft whose one problem has an intervention and names only the alcohol dependence. */
function draft(): CarePlanDetailFragment {
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
        clientStatement: 'I drink to calm down when I feel on edge',
        clinicalDescription: 'Alcohol dependence with generalized anxiety',
        addressesDiagnosisCodes: ['F10.20'],
        goals: [
          {
            __typename: 'CarePlanGoal',
            id: 'g-1',
            description: 'Handle anxiety without alcohol',
            objectives: [
              {
                __typename: 'CarePlanObjective',
                id: 'o-1',
                description: 'Use a grounding skill on 5 of 7 anxious days',
                targetDate: '2026-06-01',
                status: 'IN_PROGRESS',
                interventions: [
                  {
                    __typename: 'CarePlanIntervention',
                    id: 'i-1',
                    description: 'CBT for anxiety and drinking',
                    frequency: 'weekly',
                    modality: 'CBT',
                    responsibleStaffId: 's-avery',
                    responsibleStaff: staff('s-avery', 'Avery Chen'),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  } as unknown as CarePlanDetailFragment;
}

const integratedCare: IntegratedCareContext = {
  diagnoses: [
    { icd10Code: 'F10.20', description: 'Alcohol dependence, uncomplicated', status: 'ACTIVE', category: 'SUBSTANCE_USE' },
    { icd10Code: 'F41.1', description: 'Generalized anxiety disorder', status: 'ACTIVE', category: 'MENTAL_HEALTH' },
    { icd10Code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified', status: 'RESOLVED', category: 'MENTAL_HEALTH' },
  ],
  gap: { summary: 'Dual diagnosis: no intervention in the active care plan addresses F41.1 Generalized anxiety disorder.' },
  receivingIntegratedTreatment: false,
};

function renderEditor(context: IntegratedCareContext | null = integratedCare) {
  render(
    <MemoryRouter>
      <MockedProvider mocks={[]}>
        <CarePlanEditor plan={draft()} careTeam={[]} onSubmitted={jest.fn()} integratedCare={context} />
      </MockedProvider>
    </MemoryRouter>,
  );
}

describe('the care-plan editor and a dual diagnosis', () => {
  it('says the active plan leaves the anxiety unaddressed, and that the draft does not address it yet', () => {
    renderEditor();
    const notice = screen.getByRole('note', { name: 'Integrated care gap' });
    expect(notice).toHaveTextContent('no intervention in the active care plan addresses F41.1 Generalized anxiety disorder');
    expect(notice).toHaveTextContent('This draft does not yet address F41.1');
    expect(within(notice).getByRole('link', { name: 'change on the client record' })).toHaveAttribute('href', '/clients/c-1');
  });

  it('lets the counselor tick which diagnoses a problem addresses, and then says the draft closes the gap', async () => {
    renderEditor();
    const group = screen.getByRole('group', { name: 'Diagnoses problem 1 addresses' });
    expect(within(group).getByRole('checkbox', { name: /F10\.20/ })).toBeChecked();
    const anxiety = within(group).getByRole('checkbox', { name: /F41\.1 Generalized anxiety disorder/ });
    expect(anxiety).not.toBeChecked();
    // A resolved diagnosis the problem does not name is not offered.
    expect(within(group).queryByRole('checkbox', { name: /F43\.10/ })).not.toBeInTheDocument();
    await userEvent.click(anxiety);
    expect(anxiety).toBeChecked();
    expect(screen.getByRole('note', { name: 'Integrated care gap' })).toHaveTextContent('This draft addresses it: once signed off, the gap closes.');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('shows no notice and no picker while the diagnoses are unknown', () => {
    renderEditor(null);
    expect(screen.queryByRole('note', { name: 'Integrated care gap' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Diagnoses problem 1 addresses' })).not.toBeInTheDocument();
  });
});
