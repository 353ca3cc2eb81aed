import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DisclosureAccountingSection } from './disclosure-accounting-section';
import { disclosureAccountingQuery } from './privacy.queries';

function accountingMock(entries: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: disclosureAccountingQuery, variables: { clientId: 'c-1' } },
    result: { data: { disclosureAccounting: { __typename: 'DisclosureAccounting', from: '2023-11-30', to: '2026-11-30', entries } } },
  };
}

const DISCLOSURE = {
  __typename: 'DisclosureAccountingEntry',
  disclosedOn: '2026-11-28',
  firstDisclosedAt: '2026-11-28T14:00:00.000Z',
  times: 3,
  recipientStaffId: 's-jo',
  recipientName: 'Jo Park',
  recipientAffiliation: 'Peer support worker, Harborlight Recovery',
  information: 'DIAGNOSES',
  purpose: 'Peer recovery support',
  consentId: 'k-1',
  consentRecipientKind: 'PEER_SUPPORT_TEAM',
  consentEffectiveOn: '2026-01-01',
  consentExpiresOn: null,
  consentRevokedAt: null,
};

describe('Accounting of disclosures', () => {
  it('lists each disclosure with date, recipient, information, purpose and consent, over three years', async () => {
    render(
      <MockedProvider mocks={[accountingMock([DISCLOSURE])]}>
        <DisclosureAccountingSection clientId="c-1" clientName="Dana Reyes" />
      </MockedProvider>,
    );
    const section = screen.getByRole('region', { name: 'Accounting of disclosures' });
    const table = await within(section).findByRole('grid', { name: 'Disclosures of Dana Reyes’s information' });
    const [, row] = within(table).getAllByRole('row');
    expect(row).toHaveTextContent('Jo Park');
    expect(row).toHaveTextContent('Peer support worker, Harborlight Recovery');
    expect(row).toHaveTextContent('Diagnoses');
    expect(row).toHaveTextContent('Peer recovery support');
    expect(row).toHaveTextContent('3 times');
    expect(row).toHaveTextContent(/Consent effective Jan 1, 2026/);
    expect(within(section).getByText(/may not be redisclosed/)).toBeInTheDocument();
    expect(within(section).getByText(/Nov 30, 2023 to Nov 30, 2026/)).toBeInTheDocument();
  });

  it('prints the section alone', async () => {
    const user = userEvent.setup();
    const print = jest.spyOn(window, 'print').mockImplementation(() => {
      expect(document.body).toHaveClass('cc-printing-disclosures');
    });
    render(
      <MockedProvider mocks={[accountingMock([DISCLOSURE])]}>
        <DisclosureAccountingSection clientId="c-1" clientName="Dana Reyes" />
      </MockedProvider>,
    );
    await screen.findByText('Jo Park');
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body).not.toHaveClass('cc-printing-disclosures');
  });

  it('says when nothing was disclosed, and offers no empty CSV', async () => {
    render(
      <MockedProvider mocks={[accountingMock([])]}>
        <DisclosureAccountingSection clientId="c-1" clientName="Dana Reyes" />
      </MockedProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'No disclosures under a consent in this period' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });
});
