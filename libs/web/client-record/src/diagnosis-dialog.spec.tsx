import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode, DiagnosisStatus, searchDiagnosisCatalog } from '@carecircle/shared/domain';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { diagnosisCatalogQuery, recordDiagnosisMutation, updateDiagnosisMutation } from './diagnoses.queries';
import { ChangeDiagnosisDialog, RecordDiagnosisDialog, type EditableDiagnosis } from './diagnosis-dialog';

/** The catalog answers any search the way the API does (the shared search), as often as asked. */
const catalogMock: MockLink.MockedResponse = {
  request: { query: diagnosisCatalogQuery, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: (variables: { search?: string | null }) => ({
    data: {
      diagnosisCatalog: searchDiagnosisCatalog(variables.search ?? '', 40).map((e) => ({ __typename: 'DiagnosisCatalogEntry', ...e })),
    },
  }),
};

const recorded = (input: Record<string, unknown>) => ({
  data: {
    recordDiagnosis: {
      __typename: 'Diagnosis',
      id: 'dx-new',
      icd10Code: input['icd10Code'],
      description: input['description'] ?? 'From the catalog',
      status: input['status'],
      category: 'MENTAL_HEALTH',
      onsetDate: input['onsetDate'] ?? null,
      inRemissionByCode: false,
      version: 1,
    },
  },
});

function recordMock(check: (input: Record<string, unknown>) => boolean, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: recordDiagnosisMutation, variables: (v: { input: Record<string, unknown> }) => check(v.input) }, result };
}

function RecordHarness() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <p>{open ? 'open' : 'closed'}</p>
      <RecordDiagnosisDialog clientId="c-1" clientName="Jo" isOpen={open} onOpenChange={setOpen} />
    </>
  );
}

const renderRecord = (mocks: MockLink.MockedResponse[]) =>
  render(
    <MockedProvider mocks={[catalogMock, ...mocks]}>
      <RecordHarness />
    </MockedProvider>,
  );

/**
 * Types a code and leaves the field as a person would: the suggestions close, so the rest of the
 * dialog (hidden from assistive technology while the list is open) is reachable again.
 */
async function typeCodeAndLeave(code: string) {
  await userEvent.type(screen.getByRole('combobox', { name: 'ICD-10-CM code' }), code);
  await userEvent.tab();
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
}

describe('RecordDiagnosisDialog', () => {
  it('refuses a badly shaped code on the code field without calling the server', async () => {
    const saved = jest.fn(() => true);
    renderRecord([recordMock(saved, recorded)]);
    await typeCodeAndLeave('F10-20');
    await userEvent.click(screen.getByRole('button', { name: 'Record diagnosis' }));
    expect(await screen.findByText(/ICD-10-CM code must be a letter, two digits/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'ICD-10-CM code' })).toHaveAttribute('aria-invalid', 'true');
    expect(saved).not.toHaveBeenCalled();
    expect(screen.getByText('open')).toBeInTheDocument();
  });

  it('finds a code by words, fills in its description, and records it', async () => {
    const saved = jest.fn((input: Record<string, unknown>) => input['icd10Code'] === 'F41.1');
    renderRecord([recordMock(saved, recorded)]);
    await userEvent.type(screen.getByRole('combobox', { name: 'ICD-10-CM code' }), 'anxiety');
    await userEvent.click(await screen.findByRole('option', { name: /F41\.1 Generalized anxiety disorder/ }));
    expect(screen.getByRole('combobox', { name: 'ICD-10-CM code' })).toHaveValue('F41.1');
    expect(screen.getByLabelText('Description')).toHaveValue('Generalized anxiety disorder');
    await userEvent.click(screen.getByRole('button', { name: 'Record diagnosis' }));
    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(saved).toHaveBeenCalledWith({
      clientId: 'c-1',
      icd10Code: 'F41.1',
      description: 'Generalized anxiety disorder',
      onsetDate: null,
      status: DiagnosisStatus.ACTIVE,
    });
  });

  it('takes a well-shaped code the catalog does not know, and asks for its description', async () => {
    const saved = jest.fn(() => true);
    renderRecord([recordMock(saved, recorded)]);
    await typeCodeAndLeave('f50.00');
    await userEvent.click(screen.getByRole('button', { name: 'Record diagnosis' }));
    expect(await screen.findByText('Description is required for F50.00, which is not in the built-in catalog')).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Description'), 'Anorexia nervosa, unspecified');
    await userEvent.click(screen.getByRole('button', { name: 'Record diagnosis' }));
    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(saved).toHaveBeenCalledWith(expect.objectContaining({ icd10Code: 'F50.00', description: 'Anorexia nervosa, unspecified' }));
  });

  it('offers a code that says "in remission" with that status, and explains the rule if set back to active', async () => {
    renderRecord([]);
    await userEvent.type(screen.getByRole('combobox', { name: 'ICD-10-CM code' }), 'F10.2');
    await userEvent.click(await screen.findByRole('option', { name: /F10\.21 Alcohol dependence, in remission/ }));
    expect(screen.getByRole('radio', { name: 'In remission' })).toBeChecked();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Active' }));
    expect(screen.getByRole('note')).toHaveTextContent('F10.21 itself says “in remission”');
  });

  it("puts the server's refusal on its field, keeps what was typed and stays open", async () => {
    const refusal = {
      errors: [
        {
          message: 'Please correct the input: onsetDate cannot be in the future.',
          extensions: { code: ApiErrorCode.BAD_USER_INPUT, problems: [{ field: 'onsetDate', problem: 'onsetDate cannot be in the future' }] },
        },
      ],
    };
    renderRecord([recordMock(() => true, () => refusal as never)]);
    await typeCodeAndLeave('F43.10');
    await userEvent.type(screen.getByLabelText('Onset date (optional)'), '2025-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Record diagnosis' }));
    expect(await screen.findByText('Cannot be in the future')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'ICD-10-CM code' })).toHaveValue('F43.10');
    expect(screen.getByLabelText('Onset date (optional)')).toHaveValue('2025-03-01');
    expect(screen.getByText('open')).toBeInTheDocument();
  });
});

describe('ChangeDiagnosisDialog', () => {
  const diagnosis: EditableDiagnosis = {
    id: 'dx-1',
    icd10Code: 'F41.1',
    description: 'Generalized anxiety disorder',
    status: DiagnosisStatus.ACTIVE,
    onsetDate: '2025-01-10',
    version: 3,
  };

  it('resolves a diagnosis, sending only the status with the version it was read at', async () => {
    const sent = jest.fn((_input: Record<string, unknown>) => true);
    const mock: MockLink.MockedResponse = {
      request: { query: updateDiagnosisMutation, variables: (v: { input: Record<string, unknown> }) => sent(v.input) },
      result: {
        data: {
          updateDiagnosis: { __typename: 'Diagnosis', ...diagnosis, status: 'RESOLVED', category: 'MENTAL_HEALTH', inRemissionByCode: false, version: 4 },
        },
      },
    };
    const onOpenChange = jest.fn();
    render(
      <MockedProvider mocks={[mock]}>
        <ChangeDiagnosisDialog diagnosis={diagnosis} resolving clientName="Jo" isOpen onOpenChange={onOpenChange} />
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Resolve F41.1' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Resolved' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Mark resolved' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(sent).toHaveBeenLastCalledWith({ diagnosisId: 'dx-1', expectedVersion: 3, status: 'RESOLVED' });
  });

  it('shows a conflict above the fields and keeps the change typed', async () => {
    const conflict: MockLink.MockedResponse = {
      request: { query: updateDiagnosisMutation, variables: () => true },
      result: { errors: [{ message: 'Diagnosis dx-1 was changed by someone else (version 4).', extensions: { code: ApiErrorCode.CONFLICT } }] } as never,
    };
    render(
      <MockedProvider mocks={[conflict]}>
        <ChangeDiagnosisDialog diagnosis={diagnosis} resolving={false} clientName="Jo" isOpen onOpenChange={jest.fn()} />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('radio', { name: 'In remission' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/was changed by someone else/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'In remission' })).toBeChecked();
  });
});
