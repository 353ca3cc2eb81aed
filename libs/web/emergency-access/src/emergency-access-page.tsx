import { useApolloClient, useQuery } from '@apollo/client/react';
import { useSession, type FindClientForEmergencyQuery } from '@carecircle/web/data-access';
import { FormDateField, FormErrorMessage, FormTextField, useServerSubmit, useZodForm, zodRules } from '@carecircle/web/forms';
import { Button, EmptyState } from '@carecircle/web/ui';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { EmergencyAccessDialog } from './emergency-access-dialog';
import { EmergencyAccessList } from './emergency-access-list';
import { findClientForEmergencyQuery, recentEmergencyAccessesQuery } from './emergency-access.queries';
import './emergency-access.css';

type Match = FindClientForEmergencyQuery['findClientForEmergency'][number];

const lookupSchema = z.object({
  lastName: zodRules.requiredText('Last name', 200),
  dateOfBirth: zodRules.isoDate('Date of birth'),
});

/**
 * "/emergency-access": find a client by exact last name and date of birth and open the record in
 * an emergency (counselors and supervisors); below, recent emergency accesses for supervisors
 * (their team's clients) and privacy officers (all).
 */
export function EmergencyAccessPage() {
  const session = useSession();
  const role = session?.me.role;
  const mayOpen = role === 'COUNSELOR' || role === 'SUPERVISOR';
  const apollo = useApolloClient();
  const navigate = useNavigate();
  const form = useZodForm(lookupSchema, { lastName: '', dateOfBirth: '' });
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [chosen, setChosen] = useState<Match | null>(null);
  const { submit, formError } = useServerSubmit(form, async (values: z.output<typeof lookupSchema>) => {
    const { data } = await apollo.query({ query: findClientForEmergencyQuery, variables: values, fetchPolicy: 'network-only' });
    const found = data?.findClientForEmergency ?? [];
    setMatches(found);
    setChosen(found.length === 1 ? found[0]! : null);
  });
  const recent = useQuery(recentEmergencyAccessesQuery, { errorPolicy: 'all' });
  const accesses = recent.data?.recentEmergencyAccesses ?? [];

  useEffect(() => {
    const previous = document.title;
    document.title = 'Emergency access · CareCircle';
    return () => {
      document.title = previous;
    };
  }, []);

  return (
    <div className="cc-emergency">
      <h1>Emergency access</h1>
      {mayOpen && (
        <section aria-labelledby="emergency-find-heading" className="cc-emergency__card">
          <h2 id="emergency-find-heading">Open a record in an emergency</h2>
          <p>
            For a medical emergency only. Find the client by exact last name and date of birth. Opening the record is recorded with your
            reason and shown to their supervisor and the privacy officer.
          </p>
          <form className="cc-form cc-emergency__find" onSubmit={(event) => void submit(event)} noValidate>
            <FormErrorMessage message={formError} />
            <FormTextField form={form} name="lastName" label="Last name" autoComplete="off" />
            <FormDateField form={form} name="dateOfBirth" label="Date of birth" />
            <Button type="submit" variant="primary" isDisabled={form.formState.isSubmitting}>
              Find client
            </Button>
          </form>
          {matches && matches.length === 0 && (
            <EmptyState headingLevel={3} title="No client with this last name and date of birth">
              <p>Check the spelling and the date. Only exact matches in your organization are shown.</p>
            </EmptyState>
          )}
          {matches && matches.length > 0 && (
            <ul className="cc-emergency__matches" aria-label="Matching clients">
              {matches.map((match) => (
                <li key={match.id}>
                  <span>
                    {match.firstName} {match.lastName}
                    {match.restricted && ' (restricted)'}
                  </span>
                  <Button variant="secondary" onPress={() => setChosen(match)}>
                    Open in an emergency
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {chosen && (
            <EmergencyAccessDialog
              key={chosen.id}
              client={{ id: chosen.id, name: `${chosen.firstName} ${chosen.lastName}` }}
              isOpen
              onOpenChange={(open) => !open && setChosen(null)}
              onOpened={(clientId) => void navigate(`/clients/${clientId}`)}
            />
          )}
        </section>
      )}
      {(role === 'SUPERVISOR' || accesses.length > 0) && (
        <section aria-labelledby="emergency-recent-heading" className="cc-emergency__card">
          <h2 id="emergency-recent-heading">Recent emergency accesses</h2>
          {accesses.length === 0 ? <p>No emergency access in the last 30 days.</p> : <EmergencyAccessList accesses={accesses} showClient />}
        </section>
      )}
    </div>
  );
}
