import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { carePlanVersionQuery } from './care-plan.queries';
import { planObjectiveProgressNotesQuery } from './objective-progress-notes.queries';
import { RETURN_NEEDS_COMMENT, SignOffReviewPanel } from './sign-off-review-panel';
import { returnCarePlanForChangesMutation, signOffCarePlanMutation, signOffQueueQuery } from './sign-off.queries';

const staff = (id: string, displayName: string) => ({ __typename: 'StaffMember', id, displayName });

const pendingPlan = {
  __typename: 'CarePlan',
  id: 'plan-1',
  clientId: 'c-1',
  planVersion: 1,
  version: 4,
  status: 'PENDING_REVIEW',
  isOverdue: false,
  isPartialView: false,
  reviewDueOn: null,
  basedOnPlanId: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  submittedAt: '2026-03-02T09:00:00.000Z',
  signedAt: null,
  returnedAt: null,
  returnComment: null,
  signOffComment: null,
  createdBy: staff('s-avery', 'Avery Chen'),
  updatedBy: staff('s-avery', 'Avery Chen'),
  submittedBy: staff('s-avery', 'Avery Chen'),
  signedBy: null,
  returnedBy: null,
  problems: [],
  client: { __typename: 'Client', id: 'c-1', firstName: 'Jordan', lastName: 'Rivera', preferredName: null },
};

function renderPanel(returnResult: jest.Mock, signResult: jest.Mock = jest.fn()) {
  const onDone = jest.fn();
  render(
    <MemoryRouter>
      <MockedProvider
        mocks={[
          { request: { query: carePlanVersionQuery, variables: { planId: 'plan-1' } }, result: { data: { carePlan: pendingPlan } } },
          { request: { query: returnCarePlanForChangesMutation, variables: () => true }, result: returnResult },
          { request: { query: signOffCarePlanMutation, variables: () => true }, result: signResult },
          {
            request: { query: signOffQueueQuery },
            result: { data: { carePlansAwaitingSignOff: [], carePlansOverdue: [] } },
          },
          {
            request: { query: planObjectiveProgressNotesQuery, variables: { clientId: 'c-1' } },
            result: { data: { progressNotes: [] } },
            maxUsageCount: Number.POSITIVE_INFINITY,
          },
        ]}
      >
        <SignOffReviewPanel planId="plan-1" onDone={onDone} onClose={jest.fn()} />
      </MockedProvider>
    </MemoryRouter>,
  );
  return { onDone };
}

describe('SignOffReviewPanel', () => {
  it('refuses to return a plan without a comment: an inline error, and no request sent', async () => {
    const user = userEvent.setup();
    const returnResult = jest.fn(() => ({
      data: { returnCarePlanForChanges: { __typename: 'CarePlan', id: 'plan-1', status: 'DRAFT', version: 5, returnedAt: null, returnComment: 'x' } },
    }));
    const { onDone } = renderPanel(returnResult);

    await screen.findByRole('heading', { name: 'Review: Jordan Rivera, version 1' });
    expect(screen.getByText("This is the client's first care plan: everything in it is new.")).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Return for changes' }));

    expect(screen.getByText(RETURN_NEEDS_COMMENT)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveFocus();
    expect(returnResult).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('returns the plan with the comment once one is given, and confirms it', async () => {
    const user = userEvent.setup();
    const returnResult = jest.fn(() => ({
      data: {
        returnCarePlanForChanges: { __typename: 'CarePlan', id: 'plan-1', status: 'DRAFT', version: 5, returnedAt: '2026-03-03T09:00:00.000Z', returnComment: 'Add a target date.' },
      },
    }));
    const { onDone } = renderPanel(returnResult);
    await screen.findByRole('heading', { name: 'Review: Jordan Rivera, version 1' });
    await user.click(screen.getByRole('button', { name: 'Return for changes' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Add a target date.');
    expect(screen.queryByText(RETURN_NEEDS_COMMENT)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Return for changes' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(returnResult).toHaveBeenCalledWith({ planId: 'plan-1', expectedVersion: 4, comment: 'Add a target date.' });
    expect(onDone).toHaveBeenCalledWith("Returned Jordan Rivera's care plan, version 1, to Avery Chen for changes.");
  });
});
