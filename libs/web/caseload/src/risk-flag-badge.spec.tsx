import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RiskFlagBadge } from './risk-flag-badge';

const flag = { code: 'SELF_HARM_RISK', severity: 'URGENT', reason: 'PHQ-9 item 9 scored 2 on 3 Mar' } as const;

// The press comes first: React Aria's tooltips share a warm-up and cool-down across the page (and so across tests).
describe('RiskFlagBadge', () => {
  it('opens and closes the reason on a press, for touch screens', async () => {
    const user = userEvent.setup();
    render(<RiskFlagBadge flag={flag} />);
    const badge = screen.getByRole('button', { name: /^Urgent: Self-harm risk/ });

    await user.pointer({ keys: '[TouchA]', target: badge });
    expect(await screen.findByRole('tooltip')).toHaveTextContent(flag.reason);
    await user.pointer({ keys: '[TouchA]', target: badge });
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('shows the reason in a tooltip while the pointer rests on the badge', async () => {
    const user = userEvent.setup();
    render(<RiskFlagBadge flag={flag} />);
    const badge = screen.getByRole('button', { name: /^Urgent: Self-harm risk/ });

    await user.pointer({ target: document.body });
    await user.hover(badge);
    const tooltip = await screen.findByRole('tooltip', undefined, { timeout: 3000 });
    expect(tooltip).toHaveTextContent(flag.reason);
    expect(badge).toHaveAttribute('aria-describedby', tooltip.id);

    await user.unhover(badge);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });
});
