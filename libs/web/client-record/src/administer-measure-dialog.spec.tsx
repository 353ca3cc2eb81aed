import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode, BAM_FORM, measureItemIndex, toIsoDate } from '@carecircle/shared/domain';
import type { MeasureResultFragment } from '@carecircle/web/data-access';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { AdministerMeasureDialog } from './administer-measure-dialog';
import { administerMeasureMutation } from './administer-measure.mutation';
import { MeasureResult } from './measure-result';

const CLIENT_ID = 'c-1';
const TODAY = toIsoDate(new Date());

function result(overrides: Partial<MeasureResultFragment>): MeasureResultFragment {
  return {
    __typename: 'MeasureAdministration',
    id: 'm-1',
    instrument: 'PHQ_9',
    instrumentVersion: '2001',
    administeredOn: TODAY,
    total: 0,
    band: 'MINIMAL',
    bandLabel: 'Minimal',
    bamSubscores: null,
    alerts: [],
    urgentSafetyFollowUp: false,
    ...overrides,
  } as MeasureResultFragment;
}

function administered(answers: number[], instrument: string, data: MeasureResultFragment): MockLink.MockedResponse {
  return {
    request: {
      query: administerMeasureMutation,
      variables: { input: { clientId: CLIENT_ID, instrument, administeredOn: TODAY, answers } },
    },
    result: { data: { administerMeasure: data } },
  };
}

/** The record's part of the flow: the dialog, and the server's result shown once it closes. */
function Harness() {
  const [open, setOpen] = useState(true);
  const [saved, setSaved] = useState<MeasureResultFragment | null>(null);
  return (
    <>
      <AdministerMeasureDialog clientId={CLIENT_ID} clientName="Jo" isOpen={open} onOpenChange={setOpen} onAdministered={setSaved} />
      {saved && <MeasureResult result={saved} onDismiss={() => setSaved(null)} />}
    </>
  );
}

function renderDialog(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <Harness />
    </MockedProvider>,
  );
}

/** The radio group of an item, found by its legend (the item's number and wording). */
const item = (label: RegExp) => screen.getByRole('group', { name: label });

describe('AdministerMeasureDialog', () => {
  it('shows every PHQ-9 item with the published stem and choices, and refuses to save until each is answered', async () => {
    renderDialog([]);
    const dialog = await screen.findByRole('dialog', { name: 'Administer a measure' });
    expect(within(dialog).getByText(/Over the last 2 weeks, how often have you been bothered/)).toBeInTheDocument();
    const ninth = item(/^9\. Thoughts that you would be better off dead/);
    expect(
      within(ninth)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    await userEvent.click(within(item(/^1\. Little interest/)).getByRole('radio', { name: 'Several days' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save and score' }));
    expect(await screen.findByText('Choose an answer for item 2')).toBeInTheDocument();
    expect(screen.getByText('Choose an answer for item 9')).toBeInTheDocument();
    expect(screen.queryByText('Choose an answer for item 1')).not.toBeInTheDocument();
    // Nothing typed is lost.
    expect(within(item(/^1\. Little interest/)).getByRole('radio', { name: 'Several days' })).toBeChecked();
  });

  it('sends the answers as given and shows the score, the band and the urgent safety message from the response', async () => {
    const answers = [1, 1, 0, 0, 0, 0, 0, 0, 1];
    renderDialog([
      administered(
        answers,
        'PHQ_9',
        result({
          total: 3,
          band: 'MINIMAL',
          bandLabel: 'Minimal',
          urgentSafetyFollowUp: true,
          alerts: ['PHQ-9 item 9 (thoughts of self-harm) answered 1: safety follow-up needed.'],
        }),
      ),
    ]);
    await screen.findByRole('dialog');
    const groups = screen.getAllByRole('group').filter((g) => /^\d\./.test(g.querySelector('legend')?.textContent ?? ''));
    expect(groups).toHaveLength(9);
    for (const [i, group] of groups.entries()) {
      await userEvent.click(within(group).getByRole('radio', { name: answers[i] === 1 ? 'Several days' : 'Not at all' }));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Save and score' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent(/Urgent: safety follow-up needed now/);
    expect(screen.getByRole('status')).toHaveTextContent('Score 3 — Minimal');
  });

  it('asks BAM day items as numbers of days and its Likert items with their words; a craving "extremely" is sent as 4', async () => {
    const answers = BAM_FORM.items.map((it) => (it.number === '8' ? 4 : it.number === '14' ? 4 : it.number === '4' ? 5 : 0));
    renderDialog([
      administered(
        answers,
        'BAM',
        result({
          instrument: 'BAM',
          instrumentVersion: 'Likert-2010',
          total: null,
          band: null,
          bandLabel: null,
          bamSubscores: { __typename: 'BamSubscores', use: 2, risk: 4, protective: 4 } as never,
          alerts: ['BAM use score 2 (1 or more is clinically significant).'],
        }),
      ),
    ]);
    await screen.findByRole('dialog');
    await userEvent.selectOptions(screen.getByLabelText('Measure'), 'BAM');
    expect(await screen.findByText(/BAM: These questions ask about the past 30 days/)).toBeInTheDocument();
    for (const it of BAM_FORM.items) {
      const index = measureItemIndex('BAM', it.number);
      const label = new RegExp(`^${it.number}\\. `);
      if (it.kind === 'DAYS') {
        const box = screen.getByRole('spinbutton', { name: label });
        await userEvent.type(box, String(answers[index]));
      } else {
        const choice = it.choices.find((c) => c.value === answers[index])!;
        await userEvent.click(within(item(label)).getByRole('radio', { name: choice.label }));
      }
    }
    expect(within(item(/^8\. /)).getByRole('radio', { name: 'Extremely' })).toBeChecked();
    expect(
      within(item(/^14\. /))
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['No', 'Yes']);
    await userEvent.click(screen.getByRole('button', { name: 'Save and score' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent(/Use 2 · Risk factors 4 · Protective factors 4/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts the server refusal of one answer on that item and keeps the dialog open', async () => {
    const answers = [0, 0, 0, 0, 0, 0, 0];
    renderDialog([
      {
        request: {
          query: administerMeasureMutation,
          variables: { input: { clientId: CLIENT_ID, instrument: 'GAD_7', administeredOn: TODAY, answers } },
        },
        result: {
          errors: [
            {
              message: 'GAD-7 item 3 must be a whole number from 0 to 3; got 9.',
              extensions: {
                code: ApiErrorCode.BAD_USER_INPUT,
                problems: [{ field: 'answers.2', problem: 'GAD-7 item 3 must be a whole number from 0 to 3; got 9.' }],
              },
            },
          ],
        },
      },
    ]);
    await screen.findByRole('dialog');
    await userEvent.selectOptions(screen.getByLabelText('Measure'), 'GAD_7');
    const groups = await waitFor(() => {
      const found = screen.getAllByRole('group').filter((g) => /^\d\./.test(g.querySelector('legend')?.textContent ?? ''));
      expect(found).toHaveLength(7);
      return found;
    });
    for (const group of groups) await userEvent.click(within(group).getByRole('radio', { name: 'Not at all' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save and score' }));
    expect(await within(groups[2]!).findByText('GAD-7 item 3 must be a whole number from 0 to 3; got 9.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(groups[0]!).getByRole('radio', { name: 'Not at all' })).toBeChecked();
  });
});
