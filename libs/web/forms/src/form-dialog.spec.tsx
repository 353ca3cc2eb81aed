import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { z } from 'zod';
import { FormDialog } from './form-dialog';
import { FormNumberField, FormTextField } from './form-fields';
import { useZodForm } from './use-zod-form';
import { zodRules } from './zod-rules';

const schema = z.object({
  name: zodRules.requiredText('Name', 20),
  craving: zodRules.optionalIntOnScale('Craving', { min: 0, max: 10 }),
});

function refusal(problems: Array<{ field: string; problem: string }>, code = ApiErrorCode.BAD_USER_INPUT) {
  return new CombinedGraphQLErrors({
    errors: [{ message: `Please correct the input: ${problems.map((p) => p.problem).join('; ')}.`, extensions: { code, problems } }],
  });
}

function Harness({ save }: { save: (values: z.output<typeof schema>) => Promise<unknown> }) {
  const [open, setOpen] = useState(true);
  const form = useZodForm(schema, { name: '', craving: undefined });
  return (
    <>
      <p>{open ? 'open' : 'closed'}</p>
      <FormDialog title="Record something" isOpen={open} onOpenChange={setOpen} form={form} onSubmit={save} submitLabel="Save">
        <FormTextField form={form} name="name" label="Name" />
        <FormNumberField form={form} name="craving" label="Craving" min={0} max={10} />
      </FormDialog>
    </>
  );
}

describe('FormDialog', () => {
  it('refuses what the schema refuses, on the field, without calling the server', async () => {
    const save = jest.fn();
    render(<Harness save={save} />);
    await userEvent.type(screen.getByLabelText('Craving'), '11');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Name is required')).toBeInTheDocument();
    expect(screen.getByText('Craving must be a whole number from 0 to 10')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(save).not.toHaveBeenCalled();
  });

  it('puts a server refusal on its field, keeps what was typed and stays open', async () => {
    const save = jest.fn().mockRejectedValue(refusal([{ field: 'name', problem: 'name is already taken' }]));
    render(<Harness save={save} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Jordan');
    await userEvent.type(screen.getByLabelText('Craving'), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Is already taken')).toBeInTheDocument();
    expect(save).toHaveBeenCalledWith({ name: 'Jordan', craving: 4 });
    expect(screen.getByLabelText('Name')).toHaveValue('Jordan');
    expect(screen.getByLabelText('Craving')).toHaveValue(4);
    expect(screen.getByText('open')).toBeInTheDocument();
  });

  it('says what no field shows (a conflict) above the fields', async () => {
    const conflict = new CombinedGraphQLErrors({
      errors: [{ message: 'Someone else changed this record first.', extensions: { code: ApiErrorCode.CONFLICT } }],
    });
    render(<Harness save={jest.fn().mockRejectedValue(conflict)} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Jordan');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this record first.');
    expect(screen.getByLabelText('Name')).toHaveValue('Jordan');
  });

  it('closes once the server accepts, with an empty craving sent as null', async () => {
    const save = jest.fn().mockResolvedValue(undefined);
    render(<Harness save={save} />);
    await userEvent.type(screen.getByLabelText('Name'), '  Sam ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(save).toHaveBeenCalledWith({ name: 'Sam', craving: null });
  });
});
