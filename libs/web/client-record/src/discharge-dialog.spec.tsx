import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore, type ClientEpisodesQuery } from '@carecircle/web/data-access';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { EpisodeActions } from './episode-actions';
import { clientEpisodesQuery, dischargeClientMutation } from './episode.queries';

const today = new Date(2026, 2, 31);
const CLIENT_ID = 'c-1';
const counselor = { __typename: 'StaffMember', id: 's-1', displayName: 'Avery Chen' } as const;

const loc = { __typename: 'LevelOfCareChange', id: 'l-1', effectiveOn: '2026-01-05', fromLevel: null, toLevel: 'INTENSIVE_OUTPATIENT_2_1', reason: 'Admission' } as const;

function episodeClient(discharged: boolean): ClientEpisodesQuery['client'] {
  return {
    __typename: 'Client',
    id: CLIENT_ID,
    firstName: 'Jordan',
    lastName: 'Rivera',
    preferredName: 'Jo',
    version: discharged ? 4 : 3,
    status: discharged ? 'DISCHARGED' : 'ACTIVE',
    levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
    admissionDate: '2026-01-05',
    recoveryStartDate: '2026-01-01',
    checkInSchedule: 'WEEKLY',
    dischargeDate: discharged ? '2026-03-30' : null,
    dischargeReason: discharged ? 'DROPPED_OUT' : null,
    program: { __typename: 'Program', id: 'p-1', name: 'Harbor IOP' },
    careTeam: discharged ? [] : [{ __typename: 'CareTeamMember', role: 'COUNSELOR', staff: counselor }],
    levelOfCareHistory: [{ __typename: 'LevelOfCareChange', id: 'l-1', effectiveOn: '2026-01-05' }],
    episodes: [
      {
        __typename: 'EpisodeOfCare',
        id: 'e-1',
        sequence: 1,
        program: { __typename: 'Program', id: 'p-1', name: 'Harbor IOP' },
        admissionDate: '2026-01-05',
        levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
        status: discharged ? 'DISCHARGED' : 'ACTIVE',
        dischargeDate: discharged ? '2026-03-30' : null,
        dischargeReason: discharged ? 'DROPPED_OUT' : null,
        counselorAtDischarge: discharged ? counselor : null,
        levelOfCareHistory: [loc],
      },
    ],
  } as unknown as ClientEpisodesQuery['client'];
}

const episodes = (discharged: boolean): MockLink.MockedResponse => ({
  request: { query: clientEpisodesQuery, variables: { id: CLIENT_ID } },
  result: { data: { client: episodeClient(discharged) } },
});

const dischargeRequest = {
  query: dischargeClientMutation,
  variables: { input: { clientId: CLIENT_ID, expectedVersion: 3, reason: 'DROPPED_OUT', dischargeDate: '2026-03-30' } },
};

function renderActions(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/clients/${CLIENT_ID}`]}>
        <EpisodeActions clientId={CLIENT_ID} today={today} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function fillDischarge(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Discharge' }));
  const dialog = await screen.findByRole('dialog', { name: 'Discharge Jo' });
  await user.click(within(dialog).getByRole('radio', { name: 'Dropped out (left against professional advice)' }));
  fireEvent.change(within(dialog).getByLabelText('Discharge date'), { target: { value: '2026-03-30' } });
  return dialog;
}

beforeEach(() =>
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-1', displayName: 'Avery Chen', email: 'a@example.org', role: 'COUNSELOR', organizationId: 'o', organizationName: 'Harbor' },
  }),
);
afterEach(() => sessionStore.end('signed-out'));

describe('Discharge dialog', () => {
  it('discharges with the TEDS reason and date, then shows them and the counselor at discharge without a reload', async () => {
    const user = userEvent.setup();
    renderActions([
      episodes(false),
      {
        request: dischargeRequest,
        result: {
          data: {
            dischargeClient: { __typename: 'Client', id: CLIENT_ID, version: 4, status: 'DISCHARGED', dischargeDate: '2026-03-30', dischargeReason: 'DROPPED_OUT' },
          },
        },
      },
      episodes(true),
    ]);
    const dialog = await fillDischarge(user);
    await user.click(within(dialog).getByRole('button', { name: 'Discharge' }));

    expect(await screen.findByText(/Discharged .*2026 · Dropped out \(left against professional advice\) · Counselor at discharge: Avery Chen/)).toBeInTheDocument();
    // The dialog closes by itself once the server accepted the discharge, and the actions become the way back in.
    expect(await screen.findByRole('button', { name: 'Readmit' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change level of care' })).not.toBeInTheDocument();
  });

  it('refuses a discharge date before the admission without asking the server', async () => {
    const user = userEvent.setup();
    renderActions([episodes(false)]);
    const dialog = await fillDischarge(user);
    fireEvent.change(within(dialog).getByLabelText('Discharge date'), { target: { value: '2025-12-31' } });
    await user.click(within(dialog).getByRole('button', { name: 'Discharge' }));
    expect(await within(dialog).findByText(/Discharge date cannot be before the admission date/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Discharge date')).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a version conflict, reloads the record and keeps the chosen reason and date', async () => {
    const user = userEvent.setup();
    renderActions([
      episodes(false),
      {
        request: dischargeRequest,
        result: {
          errors: [
            new GraphQLError('This Client was changed by Blake Rivera at 2026-03-31T09:00:00.000Z after you opened it. Reload to see their change; your edit was not saved.', {
              extensions: { code: ApiErrorCode.CONFLICT, currentVersion: 4 },
            }),
          ],
        },
      },
      episodes(false),
    ]);
    const dialog = await fillDischarge(user);
    await user.click(within(dialog).getByRole('button', { name: 'Discharge' }));

    expect(await within(dialog).findByText(/changed by Blake Rivera/)).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The record has been reloaded with that change');
    expect(within(dialog).getByRole('radio', { name: 'Dropped out (left against professional advice)' })).toBeChecked();
    expect(within(dialog).getByLabelText('Discharge date')).toHaveValue('2026-03-30');
  });
});
