import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import type { StaffAccountFieldsFragment } from '@carecircle/web/data-access';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { StaffPage } from './staff-page';
import { inviteStaffMemberMutation, staffPageQuery } from './staff.queries';

/** An account as the API sends it (with __typename, which the generated types leave out). */
function account(overrides: { [K in keyof StaffAccountFieldsFragment]?: unknown } = {}): StaffAccountFieldsFragment {
  return {
    __typename: 'StaffAccount',
    id: 's-sup',
    displayName: 'Morgan Lee',
    email: 'morgan.lee@harborlight.example',
    role: 'SUPERVISOR',
    supervisor: null,
    programs: [{ __typename: 'Program', id: 'p-iop', name: 'Intensive Outpatient' }],
    status: 'ACTIVE',
    lastSignedInAt: '2026-11-20T15:30:00.000Z',
    requiresCosignature: false,
    isPrivacyOfficer: false,
    twoFactorEnabled: false,
    openCaseloadSize: 0,
    clientsNeedingReassignment: 0,
    ...overrides,
  } as StaffAccountFieldsFragment;
}

const supervisor = account();
const leaver = account({
  id: 's-leaver',
  displayName: 'Jesse Park',
  email: 'jesse.park@harborlight.example',
  role: 'COUNSELOR',
  supervisor: { __typename: 'StaffMember', id: 's-sup', displayName: 'Morgan Lee' },
  status: 'DEACTIVATED',
  openCaseloadSize: 3,
  clientsNeedingReassignment: 3,
});

const staffPageResult: MockLink.MockedResponse = {
  request: { query: staffPageQuery },
  result: {
    data: {
      staffMembers: [supervisor, leaver],
      programs: [
        { __typename: 'Program', id: 'p-iop', name: 'Intensive Outpatient' },
        { __typename: 'Program', id: 'p-res', name: 'Residential' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const inviteInput = {
  displayName: 'Riley Quinn',
  email: 'riley.quinn@harborlight.example',
  role: 'COUNSELOR',
  supervisorId: 's-sup',
  programIds: ['p-res'],
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

/** Opens the invitation once the list (and with it the supervisors and programs to choose from) has loaded. */
async function openInvitation(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('grid', { name: 'Staff' });
  await user.click(screen.getByRole('button', { name: 'Invite a staff member' }));
  return screen.findByRole('dialog', { name: 'Invite a staff member' });
}

async function fillInvitation(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await openInvitation(user);
  await user.type(within(dialog).getByLabelText('Name'), inviteInput.displayName);
  await user.type(within(dialog).getByLabelText('Email'), inviteInput.email);
  await user.selectOptions(within(dialog).getByLabelText('Role'), 'Counselor');
  await user.selectOptions(within(dialog).getByLabelText('Supervisor'), 'Morgan Lee');
  await user.click(within(dialog).getByRole('checkbox', { name: 'Residential' }));
  return dialog;
}

describe('StaffPage', () => {
  it('lists staff with status, supervisor, programs and the caseload a deactivated person left', async () => {
    renderPage([]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Staff' })).toBeInTheDocument();
    const table = await screen.findByRole('grid', { name: 'Staff' });
    for (const column of ['Name', 'Email', 'Role', 'Supervisor', 'Programs', 'Status', 'Last sign-in', 'Open caseload']) {
      expect(within(table).getByRole('columnheader', { name: column })).toBeInTheDocument();
    }
    const row = within(table).getByRole('row', { name: /Jesse Park/ });
    expect(within(row).getByText('Deactivated')).toBeInTheDocument();
    expect(within(row).getByText('Counselor')).toBeInTheDocument();
    expect(within(row).getByText('3 clients need reassignment')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Manage Jesse Park' })).toBeInTheDocument();
  });

  it('invites a colleague and shows the one-time setup link to copy', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: inviteStaffMemberMutation, variables: { input: inviteInput } },
        result: {
          data: {
            inviteStaffMember: {
              __typename: 'StaffInvitation',
              staffMember: account({
                id: 's-new',
                displayName: 'Riley Quinn',
                email: inviteInput.email,
                role: 'COUNSELOR',
                supervisor: { __typename: 'StaffMember', id: 's-sup', displayName: 'Morgan Lee' },
                programs: [{ __typename: 'Program', id: 'p-res', name: 'Residential' }],
                status: 'INVITED',
                lastSignedInAt: null,
                requiresCosignature: true,
              }),
              setupLink: { __typename: 'SetupLink', path: '/account-setup/tok-123', expiresAt: '2026-12-06T12:00:00.000Z', purpose: 'INVITE' },
            },
          },
        },
      },
    ]);
    const dialog = await fillInvitation(user);
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    const linkDialog = await screen.findByRole('dialog', { name: 'Setup link for Riley Quinn' });
    expect(within(linkDialog).getByLabelText('Setup link')).toHaveValue(`${window.location.origin}/account-setup/tok-123`);
    expect(within(linkDialog).getByLabelText('Setup link')).toHaveAttribute('readonly');
    expect(within(linkDialog).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Invite a staff member' })).not.toBeInTheDocument();
    await user.click(within(linkDialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog', { name: 'Setup link for Riley Quinn' })).not.toBeInTheDocument();
  });

  it('shows an email already in use on the Email field and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: inviteStaffMemberMutation, variables: { input: inviteInput } },
        result: {
          errors: [
            new GraphQLError(`Please correct the input: email is already in use by another CareCircle account (${inviteInput.email}).`, {
              extensions: {
                code: ApiErrorCode.BAD_USER_INPUT,
                reason: 'EMAIL_TAKEN',
                problems: [{ field: 'email', problem: `email is already in use by another CareCircle account (${inviteInput.email})` }],
              },
            }),
          ],
        },
      },
    ]);
    const dialog = await fillInvitation(user);
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    const email = within(dialog).getByLabelText('Email');
    // The field's own name is dropped: the label already says it.
    expect(await within(dialog).findByText(`Is already in use by another CareCircle account (${inviteInput.email})`)).toHaveClass('cc-field__error');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue(inviteInput.email);
    expect(within(dialog).getByLabelText('Name')).toHaveValue(inviteInput.displayName);
    expect(screen.queryByRole('dialog', { name: /Setup link/ })).not.toBeInTheDocument();
  });

  it('refuses to send an invitation for a counselor with no program, before asking the server', async () => {
    const user = userEvent.setup();
    renderPage([]);
    const dialog = await openInvitation(user);
    await user.type(within(dialog).getByLabelText('Name'), 'Riley Quinn');
    await user.type(within(dialog).getByLabelText('Email'), 'riley.quinn@harborlight.example');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(await within(dialog).findByText('A counselor must work in at least one program')).toBeInTheDocument();
  });
});
