import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { DEFAULT_RISK_THRESHOLDS } from '@carecircle/shared/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { ProgramsPage } from './programs-page';
import { programsPageQuery } from './programs.queries';

const program = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Program',
  id,
  name,
  defaultLevelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
  defaultCheckInSchedule: 'WEEKLY',
  notesRequireCosignature: false,
  reviewIntervalOverrides: [],
  riskThresholds: Object.entries(DEFAULT_RISK_THRESHOLDS).map(([key, value]) => ({
    __typename: 'RiskThreshold',
    key,
    value: key === 'noCheckInDays' && overrides['strict'] ? 5 : value,
    defaultValue: value,
    overridden: key === 'noCheckInDays' && Boolean(overrides['strict']),
  })),
  ...(overrides['fields'] as object),
});

const listMock: MockLink.MockedResponse = {
  request: { query: programsPageQuery },
  result: {
    data: {
      programs: [
        program('p-1', 'Evening IOP', {
          strict: true,
          fields: {
            defaultCheckInSchedule: 'DAILY',
            notesRequireCosignature: true,
            reviewIntervalOverrides: [{ __typename: 'ReviewIntervalOverride', levelOfCare: 'INTENSIVE_OUTPATIENT_2_1', days: 30, defaultDays: 90 }],
          },
        }),
        program('p-2', 'Outpatient'),
      ],
    },
  },
};

describe('ProgramsPage', () => {
  it("lists each program's defaults with its edit button and its risk-thresholds link", async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[listMock]}>
        <MemoryRouter>
          <ProgramsPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Programs' })).toBeInTheDocument();
    const evening = (await screen.findByRole('heading', { level: 2, name: 'Evening IOP' })).closest('li')!;
    expect(within(evening).getByText('Daily')).toBeInTheDocument();
    expect(within(evening).getByText('Intensive outpatient every 30 days')).toBeInTheDocument();
    expect(within(evening).getByText('1 setting differs from the defaults')).toBeInTheDocument();
    expect(within(evening).getByRole('link', { name: 'Risk thresholds for Evening IOP' })).toHaveAttribute('href', '/programs/p-1/risk-thresholds');
    const outpatient = screen.getByRole('heading', { level: 2, name: 'Outpatient' }).closest('li')!;
    expect(within(outpatient).getByText('Default intervals')).toBeInTheDocument();
    expect(within(outpatient).getByText('Defaults')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit Evening IOP' }));
    expect(await screen.findByRole('heading', { name: 'Edit Evening IOP' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Evening IOP');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Create a program' }));
    expect(await screen.findByRole('heading', { name: 'Create a program' })).toBeInTheDocument();
  });
});
