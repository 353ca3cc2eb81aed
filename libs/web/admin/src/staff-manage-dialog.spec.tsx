import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import type { StaffAccountFieldsFragment } from '@carecircle/web/data-access';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { StaffPage } from './staff-page';
import { deactivateStaffMemberMutation, issuePasswordResetLinkMutation, staffPageQuery, updateStaffMemberMutation } from './staff.queries';

const PROGRAMS = [
  { __typename: 'Program', id: 'p-iop', name: 'Intensive Outpatient' },
  { __typename: 'Program', id: 'p-res', name: 'Residential' },
];

function account(overrides: { [K in keyof StaffAccountFieldsFragment]?: unknown }): StaffAccountFieldsFragment {
  return {
    __typename: 'StaffAccount',
    supervisor: null,
    programs: [PROGRAMS[0]],
    status: 'ACTIVE',
    lastSignedInAt: null,
    requiresCosignature: false,
    isPrivacyOfficer: false,
    twoFactorEnabled: false,
    openCaseloadSize: 0,
    clientsNeedingReassignment: 0,
    ...overrides,
  } as StaffAccountFieldsFragment;
}

const supervisor = account({ id: 's-sup', displayName: 'Morgan Lee', email: 'morgan.lee@harborlight.example', role: 'SUPERVISOR' });
const counselor = account({
  id: 's-co',
  displayName: 'Avery Chen',
  email: 'avery.chen@harborlight.example',
  role: 'COUNSELOR',
  supervisor: { __typename: 'StaffMember', id: 's-sup', displayName: 'Morgan Lee' },
  openCaseloadSize: 4,
});

const staffPageResult: MockLink.MockedResponse = {
  request: { query: staffPageQuery },
  result: { data: { staffMembers: [counselor, supervisor], programs: PROGRAMS } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MemoryRouter initialEntries={['/admin/staff']}>
      <MockedProvider mocks={[staffPageResult, ...mocks]}>
        <StaffPage />
      </MockedProvider>
    </MemoryRouter>,
  );
}

async function manage(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: `Manage ${name}` }));
  return screen.findByRole('dialog', { name });
}

describe('managing a staff member', () => {
  it("saves a change of programs and co-signature, and the list shows it without a reload", async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: {
          query: updateStaffMemberMutation,
          variables: { input: { staffId: 's-co', role: 'COUNSELOR', supervisorId: 's-sup', programIds: ['p-iop', 'p-res'], requiresCosignature: true, isPrivacyOfficer: false } },
        },
        result: { data: { updateStaffMember: { ...counselor, programs: PROGRAMS, requiresCosignature: true } } },
      },
    ]);
    const dialog = await manage(user, 'Avery Chen');
    expect(within(dialog).getByLabelText('Role')).toHaveValue('COUNSELOR');
    expect(within(dialog).getByLabelText('Supervisor')).toHaveValue('s-sup');
    expect(within(dialog).getByRole('checkbox', { name: 'Intensive Outpatient' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Residential' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Notes need co-signature' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('row', { name: /Avery Chen/ })).toHaveTextContent('Intensive Outpatient, Residential');
    expect(screen.queryByRole('dialog', { name: 'Avery Chen' })).not.toBeInTheDocument();
  });

  it('asks before deactivating, and shows why the server refused', async () => {
    const user = userEvent.setup();
    const orphaning = 'You cannot deactivate Morgan Lee while they supervise 1 active team member: give them another supervisor first.';
    renderPage([
      {
        request: { query: deactivateStaffMemberMutation, variables: { staffId: 's-sup' } },
        result: { errors: [new GraphQLError(orphaning, { extensions: { code: ApiErrorCode.CONFLICT, reason: 'TEAM_WOULD_BE_ORPHANED', teamMembers: 1 } })] },
      },
    ]);
    const dialog = await manage(user, 'Morgan Lee');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate Morgan Lee' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Deactivate Morgan Lee?' });
    await user.click(within(confirm).getByRole('button', { name: 'Deactivate' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(orphaning);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(await screen.findByRole('row', { name: /Morgan Lee/ })).getByText('Active')).toBeInTheDocument();
  });

  it('deactivates a counselor: the row then says how many clients need reassignment', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: deactivateStaffMemberMutation, variables: { staffId: 's-co' } },
        result: { data: { deactivateStaffMember: { ...counselor, status: 'DEACTIVATED', clientsNeedingReassignment: 4 } } },
      },
    ]);
    const dialog = await manage(user, 'Avery Chen');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate Avery Chen' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Deactivate Avery Chen?' });
    expect(confirm).toHaveTextContent('Their 4 clients stay listed as needing reassignment');
    await user.click(within(confirm).getByRole('button', { name: 'Deactivate' }));
    const row = await screen.findByRole('row', { name: /Avery Chen/ });
    expect(await within(row).findByText('4 clients need reassignment')).toBeInTheDocument();
    expect(within(row).getByText('Deactivated')).toBeInTheDocument();
  });

  it('issues a password-reset link and shows it', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: issuePasswordResetLinkMutation, variables: { staffId: 's-co' } },
        result: {
          data: {
            issuePasswordResetLink: { __typename: 'SetupLink', path: '/account-setup/reset-456', expiresAt: '2026-12-01T12:00:00.000Z', purpose: 'PASSWORD_RESET' },
          },
        },
      },
    ]);
    const dialog = await manage(user, 'Avery Chen');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    const linkDialog = await screen.findByRole('dialog', { name: 'Setup link for Avery Chen' });
    expect(within(linkDialog).getByLabelText('Setup link')).toHaveValue(`${window.location.origin}/account-setup/reset-456`);
  });
});
