import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ACCESS_LOG_PAGE_SIZE, AccessLogSection } from './access-log-section';
import { csvLines } from './csv';
import { clientAccessLogQuery } from './privacy.queries';
import { privacyReportsFor } from './client-privacy-sections';

const PEOPLE = [
  { __typename: 'AccessLogPerson', id: 's-avery', displayName: 'Avery Chen' },
  { __typename: 'AccessLogPerson', id: 's-jo', displayName: 'Jo Park' },
];

function entry(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ClientAccessLogEntry',
    id,
    occurredAt: '2026-11-29T15:04:00.000Z',
    staffId: 's-avery',
    staffName: 'Avery Chen',
    role: 'COUNSELOR',
    action: 'READ',
    entityType: 'Client',
    entityId: 'c-1',
    fields: [],
    clientAddress: '10.0.0.7',
    userAgent: 'Firefox',
    outcome: 'ALLOWED',
    reason: null,
    ...overrides,
  };
}

function logMock(variables: Record<string, unknown>, items: unknown[], total = items.length): MockLink.MockedResponse {
  return {
    request: { query: clientAccessLogQuery, variables: { clientId: 'c-1', limit: ACCESS_LOG_PAGE_SIZE, offset: 0, ...variables } },
    result: { data: { clientAccessLog: { __typename: 'ClientAccessLog', total, people: PEOPLE, items } } },
  };
}

const NO_FILTER = { from: null, to: null, staffId: null, outcome: null };

describe('Who viewed this record', () => {
  it('lists each access with when, who, role, what, from where and outcome', async () => {
    render(
      <MockedProvider
        mocks={[
          logMock({ filter: NO_FILTER }, [
            entry('1', { action: 'UPDATE', fields: ['status', 'dischargeDate'] }),
            entry('2', { staffId: 's-jo', staffName: 'Jo Park', role: 'PEER_SUPPORT', outcome: 'DENIED', entityType: 'CarePlan', userAgent: null }),
          ]),
        ]}
      >
        <AccessLogSection clientId="c-1" clientName="Dana Reyes" />
      </MockedProvider>,
    );
    const section = screen.getByRole('region', { name: 'Who viewed this record' });
    const table = await within(section).findByRole('grid', { name: 'Who viewed Dana Reyes’s record' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Avery Chen');
    expect(rows[0]).toHaveTextContent('Counselor');
    expect(rows[0]).toHaveTextContent('Changed client record (status, dischargeDate)');
    expect(rows[0]).toHaveTextContent('10.0.0.7');
    expect(rows[0]).toHaveTextContent('Allowed');
    expect(rows[1]).toHaveTextContent('Peer support worker');
    expect(rows[1]).toHaveTextContent('Viewed care plan');
    expect(rows[1]).toHaveTextContent('Refused');
    expect(within(section).getByText('1–2 of 2')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Older' })).toBeDisabled();
  });

  it('filters by person and outcome, starting again from the newest', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          logMock({ filter: NO_FILTER }, [entry('1'), entry('2', { staffId: 's-jo', staffName: 'Jo Park' })]),
          logMock({ filter: { ...NO_FILTER, staffId: 's-jo' } }, [entry('2', { staffId: 's-jo', staffName: 'Jo Park' })]),
          logMock({ filter: { ...NO_FILTER, staffId: 's-jo', outcome: 'DENIED' } }, []),
        ]}
      >
        <AccessLogSection clientId="c-1" clientName="Dana Reyes" />
      </MockedProvider>,
    );
    await screen.findByText('1–2 of 2');
    await user.selectOptions(screen.getByLabelText('Person'), 'Jo Park');
    expect(await screen.findByText('1–1 of 1')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Outcome'), 'Refused');
    expect(await screen.findByRole('heading', { name: 'No access matches these filters' })).toBeInTheDocument();
  });

  it('pages to older entries', async () => {
    const user = userEvent.setup();
    const page = Array.from({ length: ACCESS_LOG_PAGE_SIZE }, (_, i) => entry(`p1-${i}`));
    render(
      <MockedProvider mocks={[logMock({ filter: NO_FILTER }, page, 30), logMock({ filter: NO_FILTER, offset: ACCESS_LOG_PAGE_SIZE }, [entry('old', { staffName: 'Jo Park' })], 30)]}>
        <AccessLogSection clientId="c-1" clientName="Dana Reyes" />
      </MockedProvider>,
    );
    expect(await screen.findByText(`1–${ACCESS_LOG_PAGE_SIZE} of 30`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Older' }));
    expect(await screen.findByText(`${ACCESS_LOG_PAGE_SIZE + 1}–30 of 30`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Newer' })).toBeEnabled();
  });

  it('shows the reports to the roles the API allows', () => {
    expect(privacyReportsFor({ role: 'COUNSELOR' })).toEqual({ accessLog: false, disclosures: true });
    expect(privacyReportsFor({ role: 'SUPERVISOR' })).toEqual({ accessLog: true, disclosures: true });
    expect(privacyReportsFor({ role: 'PEER_SUPPORT' })).toEqual({ accessLog: false, disclosures: false });
    expect(privacyReportsFor({ role: 'PEER_SUPPORT', isPrivacyOfficer: true })).toEqual({ accessLog: true, disclosures: true });
  });

  it('writes CSV that a spreadsheet reads safely', () => {
    expect(csvLines(['When', 'Who'], [['2026-11-29', 'Chen, "Avery"'], ['=cmd()', null]])).toBe('When,Who\r\n2026-11-29,"Chen, ""Avery"""\r\n\'=cmd(),\r\n');
  });
});
