import { toLogPeerContactInput, validateLogContact, type LogContactFormValues } from './log-contact-form-state';

const values: LogContactFormValues = {
  clientId: 'c-1',
  occurredOn: '2026-03-04',
  durationMinutes: '30',
  mode: 'PHONE',
  supportTypes: ['EMOTIONAL'],
  practicalHelp: [],
  note: '  ',
  nextFollowUpOn: '',
};

describe('log contact form rules', () => {
  it('needs only a client', () => {
    expect(validateLogContact(values, '2026-03-04')).toEqual({});
    expect(validateLogContact({ ...values, clientId: '' }, '2026-03-04')).toEqual({
      clientId: 'Choose the client you were in contact with.',
    });
  });

  it('refuses a future date, a bad duration and a follow-up before the contact', () => {
    expect(
      validateLogContact({ ...values, occurredOn: '2026-03-05', durationMinutes: '1.5', nextFollowUpOn: '2026-03-01' }, '2026-03-04'),
    ).toEqual({
      occurredOn: 'The date cannot be in the future.',
      durationMinutes: 'Enter the length in whole minutes, from 1 to 600.',
      nextFollowUpOn: 'The next follow-up cannot be before the contact.',
    });
  });

  it('leaves out empty optional fields', () => {
    expect(toLogPeerContactInput(values)).toEqual({
      clientId: 'c-1',
      occurredOn: '2026-03-04',
      durationMinutes: 30,
      mode: 'PHONE',
      supportTypes: ['EMOTIONAL'],
      practicalHelp: [],
    });
  });
});
