import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode, DEFAULT_RISK_THRESHOLDS } from '@carecircle/shared/domain';
import type { ProgramSettingsFieldsFragment } from '@carecircle/web/data-access';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ProgramFormDialog } from './program-form';
import { createProgramMutation, updateProgramMutation } from './programs.queries';

const program: ProgramSettingsFieldsFragment = {
  id: 'p-1',
  name: 'Evening IOP',
  defaultLevelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
  defaultCheckInSchedule: 'WEEKLY',
  notesRequireCosignature: false,
  reviewIntervalOverrides: [{ levelOfCare: 'INTENSIVE_OUTPATIENT_2_1', days: 30, defaultDays: 90 }],
  riskThresholds: Object.entries(DEFAULT_RISK_THRESHOLDS).map(([key, value]) => ({ key, value, defaultValue: value, overridden: false })),
};

/** The program as the API answers it, typed for Apollo's cache. */
function answered(input: Record<string, unknown>, id = 'p-new') {
  const overrides = input['reviewIntervalOverrides'] as Array<{ levelOfCare: string; days: number }>;
  return {
    __typename: 'Program',
    ...program,
    id,
    name: input['name'],
    defaultLevelOfCare: input['defaultLevelOfCare'],
    defaultCheckInSchedule: input['defaultCheckInSchedule'],
    notesRequireCosignature: input['notesRequireCosignature'],
    reviewIntervalOverrides: overrides.map((o) => ({ __typename: 'ReviewIntervalOverride', ...o, defaultDays: 90 })),
    riskThresholds: program.riskThresholds.map((t) => ({ __typename: 'RiskThreshold', ...t })),
  };
}

function Harness({ edit }: { edit?: ProgramSettingsFieldsFragment }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <p>{open ? 'open' : 'closed'}</p>
      <ProgramFormDialog program={edit ?? null} isOpen={open} onOpenChange={setOpen} />
    </>
  );
}

const renderDialog = (mocks: MockLink.MockedResponse[], edit?: ProgramSettingsFieldsFragment) =>
  render(
    <MockedProvider mocks={mocks}>
      <Harness edit={edit} />
    </MockedProvider>,
  );

describe('ProgramFormDialog', () => {
  it('creates a program with its defaults and the review intervals filled in', async () => {
    const user = userEvent.setup();
    const sent = jest.fn();
    renderDialog([
      {
        request: { query: createProgramMutation, variables: () => true },
        result: (variables: { input: Record<string, unknown> }) => {
          sent(variables.input);
          return { data: { createProgram: answered(variables.input) } };
        },
      },
    ]);
    expect(screen.getByRole('heading', { name: 'Create a program' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), '  Women’s residential ');
    await user.selectOptions(screen.getByLabelText('Default level of care'), 'LOW_INTENSITY_RESIDENTIAL_3_1');
    await user.selectOptions(screen.getByLabelText('Default check-in schedule'), 'DAILY');
    await user.click(screen.getByRole('checkbox', { name: /Counselors' notes need co-signature/ }));
    await user.type(screen.getByLabelText('Plan review every (days) — Clinically managed low-intensity residential'), '14');
    await user.click(screen.getByRole('button', { name: 'Create program' }));

    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(sent).toHaveBeenCalledWith({
      name: 'Women’s residential',
      defaultLevelOfCare: 'LOW_INTENSITY_RESIDENTIAL_3_1',
      defaultCheckInSchedule: 'DAILY',
      notesRequireCosignature: true,
      reviewIntervalOverrides: [{ levelOfCare: 'LOW_INTENSITY_RESIDENTIAL_3_1', days: 14 }],
    });
  });

  it('refuses a missing name and an interval out of bounds on their fields, without calling the server', async () => {
    const user = userEvent.setup();
    const sent = jest.fn(() => true);
    renderDialog([{ request: { query: createProgramMutation, variables: sent }, result: { data: null } }]);
    await user.type(screen.getByLabelText('Plan review every (days) — Outpatient'), '400');
    await user.click(screen.getByRole('button', { name: 'Create program' }));
    expect(await screen.findByText('Name is required')).toBeInTheDocument();
    expect(screen.getByText('Plan review interval must be a whole number of days from 1 to 365')).toBeInTheDocument();
    expect(screen.getByLabelText('Plan review every (days) — Outpatient')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).not.toHaveBeenCalled();
    expect(screen.getByText('open')).toBeInTheDocument();
  });

  it("puts the server's NAME_TAKEN on the Name field, keeps what was typed and stays open", async () => {
    const user = userEvent.setup();
    const refusal = {
      errors: [
        {
          message: 'Please correct the input: name "Evening IOP" is already used by another program.',
          extensions: {
            code: ApiErrorCode.BAD_USER_INPUT,
            reason: 'NAME_TAKEN',
            problems: [{ field: 'name', problem: 'name "Evening IOP" is already used by another program' }],
          },
        },
      ],
    };
    renderDialog([{ request: { query: createProgramMutation, variables: () => true }, result: refusal as never }]);
    await user.type(screen.getByLabelText('Name'), 'Evening IOP');
    await user.click(screen.getByRole('button', { name: 'Create program' }));
    expect(await screen.findByText(/is already used by another program/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveValue('Evening IOP');
    expect(screen.getByText('open')).toBeInTheDocument();
  });

  it('edits a program from its current settings and saves it by id', async () => {
    const user = userEvent.setup();
    const sent = jest.fn();
    renderDialog(
      [
        {
          request: { query: updateProgramMutation, variables: () => true },
          result: (variables: { input: Record<string, unknown> }) => {
            sent(variables.input);
            return { data: { updateProgram: answered(variables.input, 'p-1') } };
          },
        },
      ],
      program,
    );
    expect(screen.getByRole('heading', { name: 'Edit Evening IOP' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Evening IOP');
    const iop = screen.getByLabelText('Plan review every (days) — Intensive outpatient');
    expect(iop).toHaveValue(30);
    await user.clear(iop);
    await user.selectOptions(screen.getByLabelText('Default check-in schedule'), 'SEVERAL_PER_WEEK');
    await user.click(screen.getByRole('button', { name: 'Save program' }));
    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(sent).toHaveBeenCalledWith({
      programId: 'p-1',
      name: 'Evening IOP',
      defaultLevelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
      defaultCheckInSchedule: 'SEVERAL_PER_WEEK',
      notesRequireCosignature: false,
      reviewIntervalOverrides: [],
    });
  });
});
