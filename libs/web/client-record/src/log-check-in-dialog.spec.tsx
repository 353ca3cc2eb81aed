import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore, type ClientCheckInsQuery, type StaffRole } from '@carecircle/web/data-access';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CheckInChartSection } from './check-in-chart-section';
import { clientCheckInsQuery, logCheckInMutation } from './check-ins.query';
import { lastDaysRange } from './dates';
import { LogCheckInDialog } from './log-check-in-dialog';

const CLIENT_ID = 'c-1';
const today = new Date(2026, 2, 31);
const now = () => new Date(2026, 2, 31, 10, 30);
const range = lastDaysRange(today, 90);

type CheckIn = ClientCheckInsQuery['checkIns'][number];

/** A check-in as the API sends it (with __typename, which the generated result types leave out). */
function checkIn(overrides: Record<string, unknown> = {}): CheckIn {
  return {
    __typename: 'CheckIn',
    id: 'ci-1',
    occurredAt: new Date(2026, 2, 30, 9, 0).toISOString(),
    channel: 'APP',
    craving: 4,
    mood: 3,
    confidence: 7,
    usedSubstances: false,
    substances: [],
    attendedMeeting: false,
    meetingKind: null,
    triggers: [],
    note: null,
    recordedBy: null,
    ...overrides,
  } as CheckIn;
}

const completion = {
  __typename: 'CheckInCompletion' as const,
  days: 86,
  expected: 12.3,
  received: 1,
  rate: 0.08,
  schedule: 'WEEKLY' as const,
  ...range,
};

const listRequest = { query: clientCheckInsQuery, variables: { clientId: CLIENT_ID, ...range } };
const listResult = (checkIns: CheckIn[]): MockLink.MockedResponse => ({
  request: listRequest,
  result: { data: { checkIns, checkInCompletion: { ...completion, received: checkIns.length } } },
});

/** The input the dialog sends for the answers filled in by `fillValidCheckIn`. */
const expectedInput = {
  clientId: CLIENT_ID,
  channel: 'PHONE',
  occurredAt: new Date(2026, 2, 31, 8, 15).toISOString(),
  craving: 6,
  mood: 2,
  confidence: null,
  usedSubstances: true,
  substances: ['alcohol', 'kratom'],
  attendedMeeting: true,
  meetingKind: 'SMART_RECOVERY',
  triggers: ['STRESS', 'LONELINESS'],
  note: 'Called after a hard shift.',
};

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-9', displayName: 'Dana Reyes', email: 'd@example.org', role, organizationId: 'o', organizationName: 'Harbor' },
  });
}
afterEach(() => sessionStore.end('signed-out'));

const group = (name: string) => screen.getByRole('group', { name });

async function fillValidCheckIn() {
  const user = userEvent.setup();
  await user.click(within(group('How was it taken?')).getByRole('radio', { name: 'Phone' }));
  fireEvent.change(screen.getByLabelText('When'), { target: { value: '2026-03-31T08:15' } });
  await user.type(screen.getByLabelText('Craving (0–10)'), '6');
  await user.click(within(group('Mood (1–5)')).getByRole('radio', { name: '2 · Low' }));
  await user.click(within(group('Any substance use since the last check-in?')).getByRole('radio', { name: 'Yes' }));
  await user.click(within(group('Which substances?')).getByRole('checkbox', { name: 'Alcohol' }));
  await user.type(screen.getByLabelText('Another substance (optional)'), ' kratom ');
  await user.click(within(group('Went to a mutual-aid meeting since the last check-in?')).getByRole('radio', { name: 'Yes' }));
  await user.selectOptions(screen.getByLabelText('Kind of meeting'), 'SMART Recovery');
  const triggers = within(group('Triggers met since the last check-in'));
  await user.click(triggers.getByRole('checkbox', { name: 'Stress' }));
  await user.click(triggers.getByRole('checkbox', { name: 'Loneliness' }));
  await user.type(screen.getByLabelText('Note (optional)'), 'Called after a hard shift.');
  return user;
}

function renderDialog(mocks: MockLink.MockedResponse[] = [], onOpenChange = jest.fn()) {
  render(
    <MockedProvider mocks={mocks}>
      <LogCheckInDialog clientId={CLIENT_ID} clientName="Jo" isOpen onOpenChange={onOpenChange} now={now} />
    </MockedProvider>,
  );
  return onOpenChange;
}

describe('LogCheckInDialog', () => {
  it('asks for the channel and the yes/no answers before anything is sent', async () => {
    renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByText('Choose how the check-in was taken')).toBeInTheDocument();
    expect(screen.getByText('Say whether any use was reported')).toBeInTheDocument();
    expect(screen.getByText('Say whether a meeting was attended')).toBeInTheDocument();
    // The time defaults to now, so it is not among the problems.
    expect(screen.getByLabelText('When')).toHaveValue('2026-03-31T10:30');
  });

  it('requires a substance when use is reported and a kind when a meeting was attended', async () => {
    renderDialog();
    const user = userEvent.setup();
    await user.click(within(group('How was it taken?')).getByRole('radio', { name: 'In person' }));
    await user.click(within(group('Any substance use since the last check-in?')).getByRole('radio', { name: 'Yes' }));
    await user.click(within(group('Went to a mutual-aid meeting since the last check-in?')).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByText('Name at least one substance when use is reported')).toBeInTheDocument();
    expect(screen.getByText('Choose the kind of meeting')).toBeInTheDocument();
  });

  it('refuses a time in the future and a craving off the 0–10 scale', async () => {
    renderDialog();
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('When'), { target: { value: '2026-03-31T12:00' } });
    await user.type(screen.getByLabelText('Craving (0–10)'), '11');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByText('When cannot be in the future')).toBeInTheDocument();
    expect(screen.getByText('Craving must be a whole number from 0 to 10')).toBeInTheDocument();
  });

  it('offers only the channels staff take check-ins by, not the client app', () => {
    renderDialog();
    const channels = within(group('How was it taken?')).getAllByRole('radio').map((r) => r.closest('label')?.textContent);
    expect(channels).toEqual(['Phone', 'In person', 'Text message']);
  });

  it('puts a server refusal on its field and keeps every answer', async () => {
    const onOpenChange = renderDialog([
      {
        request: { query: logCheckInMutation, variables: { input: expectedInput } },
        result: {
          errors: [
            new GraphQLError('Please correct the input: occurredAt cannot be before the admission date (2026-04-01).', {
              extensions: {
                code: ApiErrorCode.BAD_USER_INPUT,
                problems: [{ field: 'occurredAt', problem: 'occurredAt cannot be before the admission date (2026-04-01)' }],
              },
            }),
          ],
        },
      },
    ]);
    const user = await fillValidCheckIn();
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByText('Cannot be before the admission date (2026-04-01)')).toBeInTheDocument();
    expect(screen.getByLabelText('When')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('When')).toHaveValue('2026-03-31T08:15');
    expect(screen.getByLabelText('Craving (0–10)')).toHaveValue(6);
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('Called after a hard shift.');
    expect(within(group('Which substances?')).getByRole('checkbox', { name: 'Alcohol' })).toBeChecked();
    expect(onOpenChange).not.toHaveBeenCalledWith(false);
  });
});

describe('CheckInChartSection', () => {
  it('records a check-in and shows it, with its channel and who entered it, without a reload', async () => {
    signInAs('PEER_SUPPORT');
    const saved = checkIn({
      id: 'ci-2',
      occurredAt: expectedInput.occurredAt,
      channel: 'PHONE',
      craving: 6,
      mood: 2,
      confidence: null,
      usedSubstances: true,
      substances: ['alcohol', 'kratom'],
      attendedMeeting: true,
      meetingKind: 'SMART_RECOVERY',
      triggers: ['STRESS', 'LONELINESS'],
      note: 'Called after a hard shift.',
      recordedBy: { __typename: 'StaffMember', id: 's-9', displayName: 'Dana Reyes', role: 'PEER_SUPPORT' },
    });
    render(
      <MockedProvider
        mocks={[
          listResult([checkIn()]),
          {
            request: { query: logCheckInMutation, variables: { input: expectedInput } },
            result: {
              data: {
                logCheckIn: {
                  __typename: 'CheckIn',
                  id: 'ci-2',
                  occurredAt: expectedInput.occurredAt,
                  channel: 'PHONE',
                  recordedBy: { __typename: 'StaffMember', id: 's-9', displayName: 'Dana Reyes' },
                },
              },
            },
          },
          listResult([saved, checkIn()]),
        ]}
      >
        <CheckInChartSection clientId={CLIENT_ID} clientName="Jo" today={today} />
      </MockedProvider>,
    );
    expect(await screen.findByText(/App \(by the client\) · Sent by the client/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Record a check-in' }));
    const user = await fillValidCheckIn();
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/Phone · Entered by Dana Reyes \(peer support\)/)).toBeInTheDocument();
    expect(screen.getByText(/Use: alcohol, kratom · Meeting: SMART Recovery/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Check-in of .* saved\./);
  });

  it("tells a peer without the client's consent that check-ins are shared only under it, and still lets them record one", async () => {
    signInAs('PEER_SUPPORT');
    render(
      <MockedProvider
        mocks={[
          {
            request: listRequest,
            result: {
              errors: [
                new GraphQLError("Check-ins are shared with peer support workers only under the client's consent naming the peer support team.", {
                  path: ['checkIns'],
                  extensions: { code: ApiErrorCode.FORBIDDEN },
                }),
              ],
            },
          },
        ]}
      >
        <CheckInChartSection clientId={CLIENT_ID} clientName="Jo" today={today} />
      </MockedProvider>,
    );
    expect(await screen.findByText("Shared only under the client's consent.")).toBeInTheDocument();
    expect(screen.queryByText('Check-ins could not be loaded')).not.toBeInTheDocument();
    expect(screen.queryByText('Craving and mood, last 90 days')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record a check-in' })).toBeInTheDocument();
  });

  it('offers no recording to an administrator', async () => {
    signInAs('ADMIN');
    render(
      <MockedProvider mocks={[listResult([])]}>
        <CheckInChartSection clientId={CLIENT_ID} clientName="Jo" today={today} />
      </MockedProvider>,
    );
    expect(await screen.findByText(/No check-ins from Jo in the last 90 days/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record a check-in' })).not.toBeInTheDocument();
  });
});
