import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode, DEFAULT_RISK_THRESHOLDS, RISK_THRESHOLD_KEYS, RISK_THRESHOLD_LIMITS, type RiskThresholds, type StaffRole } from '@carecircle/shared/domain';
import { sessionStore } from '@carecircle/web/data-access';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { programSettingsQuery, riskThresholdPreviewQuery, updateRiskThresholdsMutation } from './programs.queries';
import { RiskThresholdsPage, previewSentence } from './risk-thresholds-page';

const NO_CHECK_IN = 'Days without a check-in before a flag';

function programAnswer(thresholds: Partial<RiskThresholds> = {}) {
  const inForce = { ...DEFAULT_RISK_THRESHOLDS, ...thresholds };
  return {
    __typename: 'Program',
    id: 'p-1',
    name: 'Evening IOP',
    defaultLevelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
    defaultCheckInSchedule: 'WEEKLY',
    notesRequireCosignature: false,
    reviewIntervalOverrides: [],
    riskThresholds: RISK_THRESHOLD_KEYS.map((key) => ({
      __typename: 'RiskThreshold',
      key,
      value: inForce[key],
      defaultValue: DEFAULT_RISK_THRESHOLDS[key],
      overridden: inForce[key] !== DEFAULT_RISK_THRESHOLDS[key],
    })),
  };
}

const programMock: MockLink.MockedResponse = {
  request: { query: programSettingsQuery, variables: { programId: 'p-1' } },
  result: { data: { program: programAnswer() } },
};

function previewMock(sent: jest.Mock): MockLink.MockedResponse {
  return {
    request: { query: riskThresholdPreviewQuery, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: { thresholds: RiskThresholds }) => {
      sent(variables.thresholds);
      return {
        data: {
          riskThresholdPreview: {
            __typename: 'RiskThresholdPreview',
            clientsCounted: 3,
            flaggedNow: 2,
            flaggedAfter: 1,
            newlyFlagged: 0,
            noLongerFlagged: 1,
            byFlag: [
              { __typename: 'RiskThresholdPreviewFlag', code: 'NO_RECENT_CHECK_IN', now: 2, after: 1 },
              { __typename: 'RiskThresholdPreviewFlag', code: 'HIGH_CRAVING', now: 0, after: 0 },
            ],
          },
        },
      };
    },
  };
}

function signInAs(role: StaffRole | `${StaffRole}`) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 'me-1', displayName: 'Sam Supervisor', email: 's@example.org', role: role as StaffRole, organizationId: 'o', organizationName: 'Harbor' },
  });
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[programMock, ...mocks]}>
      <MemoryRouter initialEntries={['/programs/p-1/risk-thresholds']}>
        <Routes>
          <Route path="/programs/:programId/risk-thresholds" element={<RiskThresholdsPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function setNumber(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, value);
}

beforeEach(() => signInAs('SUPERVISOR'));
afterEach(() => sessionStore.end('signed-out'));

describe('RiskThresholdsPage', () => {
  it('words the preview exactly as the contract says', () => {
    expect(previewSentence({ newlyFlagged: 2, noLongerFlagged: 0 })).toBe('This change would flag 2 more / 0 fewer clients');
  });

  it('shows every threshold with its label and default, previews a change, then saves it', async () => {
    const user = userEvent.setup();
    const previewed = jest.fn();
    const saved = jest.fn();
    renderPage([
      previewMock(previewed),
      {
        request: { query: updateRiskThresholdsMutation, variables: () => true },
        result: (variables: { input: { programId: string; thresholds: RiskThresholds } }) => {
          saved(variables.input);
          return { data: { updateRiskThresholds: programAnswer({ noCheckInDays: 10 }) } };
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Risk thresholds — Evening IOP' })).toBeInTheDocument();
    for (const key of RISK_THRESHOLD_KEYS) {
      expect(screen.getByLabelText(RISK_THRESHOLD_LIMITS[key].label)).toHaveValue(DEFAULT_RISK_THRESHOLDS[key]);
    }
    expect(screen.getAllByText('Default: 7')).toHaveLength(2);

    await setNumber(user, NO_CHECK_IN, '10');
    await user.click(screen.getByRole('button', { name: 'Preview change' }));
    expect(await screen.findByText('This change would flag 0 more / 1 fewer client')).toBeInTheDocument();
    expect(screen.getByText(/Flagged now: 2; after the change: 1 — of 3 clients in care you and your team see/)).toBeInTheDocument();
    expect(screen.getByText('No recent check-in: 2 now, 1 after')).toBeInTheDocument();
    expect(screen.queryByText(/High craving:/)).not.toBeInTheDocument();
    expect(previewed).toHaveBeenCalledWith({ ...DEFAULT_RISK_THRESHOLDS, noCheckInDays: 10 });

    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));
    expect(await screen.findByText('Thresholds saved.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledWith({ programId: 'p-1', thresholds: { ...DEFAULT_RISK_THRESHOLDS, noCheckInDays: 10 } });
    expect(screen.getByLabelText(NO_CHECK_IN)).toHaveValue(10);
  });

  it('drops a preview once the values change, and resets to the defaults', async () => {
    const user = userEvent.setup();
    renderPage([previewMock(jest.fn())]);
    await screen.findByLabelText(NO_CHECK_IN);
    await setNumber(user, NO_CHECK_IN, '10');
    await user.click(screen.getByRole('button', { name: 'Preview change' }));
    expect(await screen.findByText(/would flag 0 more \/ 1 fewer client$/)).toBeInTheDocument();
    await setNumber(user, NO_CHECK_IN, '11');
    expect(screen.queryByText(/would flag \d+ more/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByLabelText(NO_CHECK_IN)).toHaveValue(7);
  });

  it('refuses thresholds out of bounds, or hits above the window, on their fields without asking the server', async () => {
    const user = userEvent.setup();
    const previewed = jest.fn();
    renderPage([previewMock(previewed)]);
    await screen.findByLabelText(NO_CHECK_IN);
    await setNumber(user, 'Craving level that counts as high (0–10)', '11');
    await setNumber(user, 'High-craving check-ins that raise a flag', '5');
    await user.click(screen.getByRole('button', { name: 'Preview change' }));
    expect(await screen.findByText('Craving level that counts as high (0–10) must be a whole number from 1 to 10')).toBeInTheDocument();
    expect(screen.getByText('High-craving check-ins that raise a flag cannot be more than the 3 check-ins looked at')).toBeInTheDocument();
    expect(screen.getByLabelText('High-craving check-ins that raise a flag')).toHaveAttribute('aria-invalid', 'true');
    expect(previewed).not.toHaveBeenCalled();
  });

  it("puts the server's refusal of a setting on its field", async () => {
    const user = userEvent.setup();
    const refusal = {
      errors: [
        {
          message: 'Please correct the input.',
          extensions: {
            code: ApiErrorCode.BAD_USER_INPUT,
            problems: [{ field: 'thresholds.noShowWindowDays', problem: 'Days looked back for missed sessions must be a whole number from 7 to 180' }],
          },
        },
      ],
    };
    renderPage([{ request: { query: updateRiskThresholdsMutation, variables: () => true }, result: refusal as never }]);
    await screen.findByLabelText(NO_CHECK_IN);
    await setNumber(user, NO_CHECK_IN, '9');
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));
    await waitFor(() => expect(screen.getByLabelText('Days looked back for missed sessions')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByText('Thresholds saved.')).not.toBeInTheDocument();
    expect(screen.getByLabelText(NO_CHECK_IN)).toHaveValue(9);
  });

  it('gives an administrator the counts for the whole program', async () => {
    signInAs('ADMIN');
    const user = userEvent.setup();
    renderPage([previewMock(jest.fn())]);
    await screen.findByLabelText(NO_CHECK_IN);
    await user.click(screen.getByRole('button', { name: 'Preview change' }));
    expect(await screen.findByText(/of 3 clients in care in this program/)).toBeInTheDocument();
  });
});
