import { render, screen, within } from '@testing-library/react';
import { SupportNetworkSection } from './support-network-section';

const members = [
  {
    __typename: 'SupportNetworkMember' as const,
    id: 'm1',
    name: 'Rosa Diaz',
    relationship: 'PARENT' as const,
    stance: 'SUPPORTIVE' as const,
    involvedInTreatment: true,
  },
  {
    __typename: 'SupportNetworkMember' as const,
    id: 'm2',
    name: 'Kai Moss',
    relationship: 'FRIEND' as const,
    stance: 'RISK' as const,
    involvedInTreatment: false,
  },
  {
    __typename: 'SupportNetworkMember' as const,
    id: 'm3',
    name: 'Lee Park',
    relationship: 'SPONSOR' as const,
    stance: 'SUPPORTIVE' as const,
    involvedInTreatment: false,
  },
  {
    __typename: 'SupportNetworkMember' as const,
    id: 'm4',
    name: 'Sam Ito',
    relationship: 'EMPLOYER' as const,
    stance: 'NEUTRAL' as const,
    involvedInTreatment: false,
  },
];

describe('support network ecomap', () => {
  it('summarises the network by stance in the diagram’s accessible name', () => {
    render(<SupportNetworkSection clientName="Jo" members={members} />);
    expect(
      screen.getByRole('img', {
        name: 'Support network of Jo: 4 people — 2 supportive, 1 neutral, 1 risk.',
      }),
    ).toBeInTheDocument();
  });

  it('draws each member with their name and stance in words', () => {
    const { container } = render(<SupportNetworkSection clientName="Jo" members={members} />);
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
    render(<SupportNetworkSection clientName="Jo" members={members} />);
    const table = screen.getByRole('table', {
      name: 'Support network members',
    });
    const kai = within(table).getByRole('row', { name: /Kai Moss/ });
    expect(within(kai).getByText('Friend')).toBeInTheDocument();
    expect(within(kai).getByText('Risk')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });

  it('has a legend naming each stance and its line style', () => {
    render(<SupportNetworkSection clientName="Jo" members={members} />);
    const legend = screen.getByRole('list', { name: 'Ecomap legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Supportive (solid line)', 'Neutral (dashed line)', 'Risk (zigzag line)']);
  });

  it('says what to do next when nobody is recorded', () => {
    render(<SupportNetworkSection clientName="Jo" members={[]} />);
    expect(screen.getByText(/No one in the support network yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
