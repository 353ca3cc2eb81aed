import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore, type AdmitClientInput, type StaffRole } from '@carecircle/web/data-access';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { admitClientFormQuery, admitClientMutation, possibleDuplicateClientsQuery } from './admit-client.queries';
import { AdmitClientPage } from './admit-client-page';

const today = new Date(2026, 2, 31);
const person = { firstName: 'Robin', lastName: 'Ashcombe', dateOfBirth: '1988-04-12' };

const formResult: MockLink.MockedResponse = {
  request: { query: admitClientFormQuery },
  result: {
    data: {
      programs: [
        { __typename: 'Program', id: 'p-1', name: 'Harbor IOP', defaultLevelOfCare: 'INTENSIVE_OUTPATIENT_2_1', defaultCheckInSchedule: 'SEVERAL_PER_WEEK' },
        { __typename: 'Program', id: 'p-2', name: 'Harbor Residential', defaultLevelOfCare: 'HIGH_INTENSITY_RESIDENTIAL_3_5', defaultCheckInSchedule: 'DAILY' },
      ],
      careTeamCandidates: [
        { __typename: 'StaffMember', id: 'c-1', displayName: 'Avery Chen', role: 'COUNSELOR' },
        { __typename: 'StaffMember', id: 'peer-1', displayName: 'Devon Reyes', role: 'PEER_SUPPORT' },
      ],
    },
  },
};

function duplicatesResult(matches: unknown[]): MockLink.MockedResponse {
  return { request: { query: possibleDuplicateClientsQuery, variables: person }, result: { data: { possibleDuplicateClients: matches } } };
}

const formerClient = {
  __typename: 'PossibleDuplicateClient',
  clientId: 'old-1',
  ...person,
  status: 'DISCHARGED',
  lastDischargeDate: '2025-11-02',
  canOpen: true,
  canReadmit: true,
};

const expectedInput: AdmitClientInput = {
  ...person,
  preferredName: null,
  pronouns: null,
  programId: 'p-1',
  levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
  admissionDate: '2026-03-31',
  recoveryStartDate: null,
  counselorId: 'c-1',
  peerWorkerId: 'peer-1',
  // Harbor IOP's default schedule, filled in when its program is chosen.
  checkInSchedule: 'SEVERAL_PER_WEEK',
};

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 'me-1', displayName: 'Sam Supervisor', email: 's@example.org', role, organizationId: 'o', organizationName: 'Harbor' },
  });
}

/** Stands in for the client record: shows which record opened and what the admission form handed over. */
function RecordStub() {
  const { clientId } = useParams();
  const state = useLocation().state as { readmit?: { programId: string; peerWorkerId: string } } | null;
  return (
    <p>
      Record {clientId}
      {state?.readmit && ` readmit in ${state.readmit.programId} with ${state.readmit.peerWorkerId}`}
    </p>
  );
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/clients/new']}>
        <Routes>
          <Route path="/clients/new" element={<AdmitClientPage today={today} />} />
          <Route path="/clients/:clientId" element={<RecordStub />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function fillPerson(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('First name'), person.firstName);
  await user.type(screen.getByLabelText('Last name'), person.lastName);
  fireEvent.change(screen.getByLabelText('Date of birth'), { target: { value: person.dateOfBirth } });
}

async function fillEpisodeAndTeam(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('Program'), 'p-1');
  await user.selectOptions(screen.getByLabelText('Primary counselor'), 'c-1');
  await user.selectOptions(screen.getByLabelText('Peer support worker (optional)'), 'peer-1');
}

beforeEach(() => signInAs('SUPERVISOR'));
afterEach(() => sessionStore.end('signed-out'));

describe('AdmitClientPage', () => {
  it('warns that the person already exists and offers their record and a readmission instead of a second record', async () => {
    const user = userEvent.setup();
    renderPage([formResult, duplicatesResult([formerClient])]);
    await fillPerson(user);

    const status = await screen.findByRole('status');
    expect(await within(status).findByText('A client with this name and date of birth already exists.')).toBeInTheDocument();
    expect(within(status).getByRole('link', { name: 'Open record' })).toHaveAttribute('href', '/clients/old-1');

    await fillEpisodeAndTeam(user);
    await user.click(within(status).getByRole('button', { name: 'Readmit' }));
    expect(await screen.findByText('Record old-1 readmit in p-1 with peer-1')).toBeInTheDocument();
  });

  it('will not admit over a possible duplicate until the person confirms it is someone else', async () => {
    const user = userEvent.setup();
    renderPage([formResult, duplicatesResult([{ ...formerClient, canOpen: false, canReadmit: false }])]);
    await fillPerson(user);
    expect(await screen.findByText(/On another caseload/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open record' })).not.toBeInTheDocument();
    await fillEpisodeAndTeam(user);

    await user.click(screen.getByRole('button', { name: 'Admit client' }));
    expect(await screen.findByText('Open or readmit the existing client, or confirm this is a different person')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Admit a client' })).toBeInTheDocument();
  });

  it("shows the server's refusal on the field it names and keeps everything typed", async () => {
    const user = userEvent.setup();
    renderPage([
      formResult,
      duplicatesResult([]),
      {
        request: { query: admitClientMutation, variables: { input: expectedInput } },
        result: {
          errors: [
            new GraphQLError('Please correct the input: peerWorkerId must be an active peer support worker of your organization.', {
              extensions: {
                code: ApiErrorCode.BAD_USER_INPUT,
                problems: [{ field: 'peerWorkerId', problem: 'peerWorkerId must be an active peer support worker of your organization' }],
              },
            }),
          ],
        },
      },
    ]);
    await fillPerson(user);
    await fillEpisodeAndTeam(user);
    await user.click(screen.getByRole('button', { name: 'Admit client' }));

    const problem = await screen.findByText('Must be an active peer support worker of your organization');
    const peerSelect = screen.getByLabelText('Peer support worker (optional)');
    expect(peerSelect).toHaveAttribute('aria-invalid', 'true');
    expect(peerSelect.getAttribute('aria-describedby')).toContain(problem.id);
    expect(screen.getByLabelText('First name')).toHaveValue('Robin');
    expect(screen.getByLabelText('Date of birth')).toHaveValue('1988-04-12');
    expect(screen.getByLabelText('Program')).toHaveValue('p-1');
    expect(screen.getByLabelText('Level of care (ASAM)')).toHaveValue('INTENSIVE_OUTPATIENT_2_1');
  });

  it('keeps every value when the save fails for another reason, and says why', async () => {
    const user = userEvent.setup();
    renderPage([
      formResult,
      duplicatesResult([]),
      { request: { query: admitClientMutation, variables: { input: expectedInput } }, error: new Error('socket hang up') },
    ]);
    await fillPerson(user);
    await fillEpisodeAndTeam(user);
    await user.click(screen.getByRole('button', { name: 'Admit client' }));

    expect(await screen.findByText(/could not reach the server/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Admit a client' })).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveValue('Robin');
    expect(screen.getByLabelText('Last name')).toHaveValue('Ashcombe');
    expect(screen.getByLabelText('Primary counselor')).toHaveValue('c-1');
    expect(screen.getByLabelText('Peer support worker (optional)')).toHaveValue('peer-1');
  });

  it('opens the new record once the client is admitted', async () => {
    const user = userEvent.setup();
    renderPage([
      formResult,
      duplicatesResult([]),
      {
        request: { query: admitClientMutation, variables: { input: expectedInput } },
        result: { data: { admitClient: { __typename: 'Client', id: 'new-1', firstName: 'Robin', lastName: 'Ashcombe', status: 'ACTIVE', version: 1 } } },
      },
    ]);
    await fillPerson(user);
    await fillEpisodeAndTeam(user);
    await user.click(screen.getByRole('button', { name: 'Admit client' }));
    expect(await screen.findByText('Record new-1')).toBeInTheDocument();
  });

  it('admits onto a counselor’s own caseload without asking who the counselor is', async () => {
    signInAs('COUNSELOR');
    renderPage([formResult]);
    expect(await screen.findByText('You (Sam Supervisor)')).toBeInTheDocument();
    expect(screen.queryByLabelText('Primary counselor')).not.toBeInTheDocument();
  });
});
