import { MockedProvider } from '@apollo/client/testing/react';
import { sessionStore, type StaffRole } from '@carecircle/web/data-access';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SupportNetworkSection } from './support-network-section';

const members = [
  {
    __typename: 'SupportNetworkMember' as const,
    id: 'm1',
    name: 'Rosa Diaz',
    relationship: 'PARENT' as const,
    stance: 'SUPPORTIVE' as const,
    involvedInTreatment: true,
    phone: null,
    email: null,
    note: null,
    version: 1,
  },
  {
    __typename: 'SupportNetworkMember' as const,
    id: 'm2',
    name: 'Kai Moss',
    relationship: 'FRIEND' as const,
    stance: 'RISK' as const,
    involvedInTreatment: false,
    phone: null,
    email: null,
    note: null,
    version: 1,
  },
  {
    __typename: 'SupportNetworkMember' as const,
    id: 'm3',
    name: 'Lee Park',
    relationship: 'SPONSOR' as const,
    stance: 'SUPPORTIVE' as const,
    involvedInTreatment: false,
    phone: null,
    email: null,
    note: null,
    version: 1,
  },
  {
    __typename: 'SupportNetworkMember' as const,
    id: 'm4',
    name: 'Sam Ito',
    relationship: 'EMPLOYER' as const,
    stance: 'NEUTRAL' as const,
    involvedInTreatment: false,
    phone: null,
    email: null,
    note: null,
    version: 1,
  },
];

describe('support network ecomap', () => {
  it('summarises the network by stance in the diagram’s accessible name', () => {
    render(<SupportNetworkSection clientId="c1" clientName="Jo" members={members} />);
    expect(
      screen.getByRole('img', {
        name: 'Support network of Jo: 4 people — 2 supportive, 1 neutral, 1 risk.',
      }),
    ).toBeInTheDocument();
  });

  it('draws each member with their name and stance in words', () => {
    const { container } = render(<SupportNetworkSection clientId="c1" clientName="Jo" members={members} />);
    const svg = container.querySelector('svg.cc-ecomap__svg') as SVGSVGElement;
    expect(svg).toHaveTextContent('Rosa Diaz');
    expect(svg).toHaveTextContent('Supportive · Parent');
    expect(svg).toHaveTextContent('Risk · Friend');
    expect(svg).toHaveTextContent('Neutral · Employer');
    // The risk tie is a zigzag path; the neutral tie is dashed; the supportive ties are solid.
    expect(svg.querySelectorAll('path')).toHaveLength(1);
    expect(svg.querySelectorAll('line[stroke-dasharray]')).toHaveLength(1);
  });

  it('lists the same people in a table with their stance', () => {
    render(<SupportNetworkSection clientId="c1" clientName="Jo" members={members} />);
    const table = screen.getByRole('grid', {
      name: 'Support network members',
    });
    const kai = within(table).getByRole('row', { name: /Kai Moss/ });
    expect(within(kai).getByText(/Friend/)).toBeInTheDocument();
    expect(within(kai).getByText('Risk')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });

  it('has a legend naming each stance and its line style', () => {
    render(<SupportNetworkSection clientId="c1" clientName="Jo" members={members} />);
    const legend = screen.getByRole('list', { name: 'Ecomap legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Supportive (solid line)', 'Neutral (dashed line)', 'Risk (zigzag line)']);
  });

  it('says what to do next when nobody is recorded', () => {
    render(<SupportNetworkSection clientId="c1" clientName="Jo" members={[]} />);
    expect(screen.getByText(/No one in the support network yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-1', displayName: 'Test', email: 't@example.org', role, organizationId: 'o', organizationName: 'Harbor' },
  });
}

function renderEditable() {
  return render(
    <MockedProvider mocks={[]}>
      <SupportNetworkSection clientId="c1" clientName="Jo" members={members} />
    </MockedProvider>,
  );
}

describe('changing the network from the ecomap', () => {
  afterEach(() => {
    cleanup();
    sessionStore.end('signed-out');
  });

  it('lets a counselor select a person in the ecomap and offers edit and remove for them', async () => {
    signInAs('COUNSELOR');
    renderEditable();
    const map = screen.getByRole('group', { name: 'Support network of Jo: 4 people — 2 supportive, 1 neutral, 1 risk.' });
    const kai = within(map).getByRole('button', { name: 'Kai Moss, friend, risk: edit or remove' });
    await userEvent.click(kai);
    expect(kai).toHaveAttribute('aria-pressed', 'true');
    const selection = screen.getByRole('group', { name: 'Selected in the ecomap' });
    await userEvent.click(within(selection).getByRole('button', { name: 'Edit Kai Moss' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Kai Moss' });
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Kai Moss');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await userEvent.click(within(selection).getByRole('button', { name: 'Remove Kai Moss' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove Kai Moss from the support network?' });
    expect(confirm).toHaveTextContent('any consent naming them stays on file');
  });

  it('selects a person from the keyboard too', async () => {
    signInAs('SUPERVISOR');
    renderEditable();
    const rosa = screen.getByRole('button', { name: /^Rosa Diaz, parent, supportive, involved in treatment/ });
    rosa.focus();
    await userEvent.keyboard('{Enter}');
    const selection = screen.getByRole('group', { name: 'Selected in the ecomap' });
    expect(within(selection).getByRole('button', { name: 'Remove Rosa Diaz' })).toBeInTheDocument();
  });

  it('opens the add dialog from the section for the counselor', async () => {
    signInAs('COUNSELOR');
    renderEditable();
    await userEvent.click(screen.getByRole('button', { name: 'Add to network' }));
    expect(await screen.findByRole('dialog', { name: 'Add to the support network' })).toBeInTheDocument();
  });

  it('offers a peer support worker no way to change the network', () => {
    signInAs('PEER_SUPPORT');
    renderEditable();
    expect(screen.getByRole('img', { name: /Support network of Jo/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add to network|Edit|Remove|edit or remove/ })).not.toBeInTheDocument();
  });
});
