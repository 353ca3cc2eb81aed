import { useLazyQuery } from '@apollo/client/react';
import { errorMessage } from '@carecircle/web/data-access';
import { Button, EmptyState, TextField } from '@carecircle/web/ui';
import { useState, type FormEvent } from 'react';
import { AccessLogSection } from './access-log-section';
import { DisclosureAccountingSection } from './disclosure-accounting-section';
import { formatDay } from './labels';
import { privacyClientsQuery } from './privacy.queries';
import './privacy.css';

/**
 * "/privacy", for privacy officers: find any client of the organization by name and open who viewed
 * their record and the accounting of disclosures, without opening the clinical record itself.
 */
export function PrivacyPage() {
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [search, { data, loading, error, called }] = useLazyQuery(privacyClientsQuery, { fetchPolicy: 'network-only' });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    setChosen(null);
    void search({ variables: { name: name.trim() } }).catch(() => undefined);
  }

  const found = data?.privacyClients ?? [];
  return (
    <div className="cc-privacy-page">
      <h1>Privacy</h1>
      <p className="cc-privacy__intro">Find a client to see who viewed their record and the accounting of disclosures. Each search and look is recorded.</p>
      <form className="cc-privacy-page__search" onSubmit={submit} role="search" aria-label="Find a client">
        <TextField label="Client name" value={name} onChange={setName} description="Part of a first, last or preferred name." />
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? 'Searching…' : 'Find'}
        </Button>
      </form>
      {error && (
        <p role="alert" className="cc-privacy__error">
          {errorMessage(error)}
        </p>
      )}
      {called && !loading && !error && found.length === 0 && (
        <EmptyState headingLevel={2} title="No client of your organization has that name">
          <p>Check the spelling, or try part of the name.</p>
        </EmptyState>
      )}
      {found.length > 0 && (
        <ul className="cc-privacy-page__results" aria-label="Clients found">
          {found.map((c) => {
            const label = `${c.firstName} ${c.lastName}`;
            return (
              <li key={c.id}>
                <span>
                  <strong>{label}</strong>, born {formatDay(c.dateOfBirth)}
                </span>
                <Button onPress={() => setChosen({ id: c.id, name: label })}>
                  Open access log<span className="cc-visually-hidden"> for {label}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {chosen && (
        <div className="cc-privacy-page__reports">
          <AccessLogSection key={`log-${chosen.id}`} clientId={chosen.id} clientName={chosen.name} />
          <DisclosureAccountingSection key={`disclosures-${chosen.id}`} clientId={chosen.id} clientName={chosen.name} />
        </div>
      )}
    </div>
  );
}
