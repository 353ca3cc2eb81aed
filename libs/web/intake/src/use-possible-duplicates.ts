import { useQuery } from '@apollo/client/react';
import { isIsoDate } from '@carecircle/shared/domain';
import type { PossibleDuplicateClientsQuery } from '@carecircle/web/data-access';
import { useEffect, useState } from 'react';
import { possibleDuplicateClientsQuery } from './admit-client.queries';

export type PossibleDuplicate = PossibleDuplicateClientsQuery['possibleDuplicateClients'][number];

interface Identity {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

/** Waits for typing to pause, so the check runs once per name rather than once per keystroke. */
const SETTLE_MS = 350;

/**
 * People already on file with the typed name and date of birth. Asks only once all three are
 * filled in and the date is a real date; until then, and while the answer is on its way, it
 * reports none.
 */
export function usePossibleDuplicates({ firstName, lastName, dateOfBirth }: Identity): readonly PossibleDuplicate[] {
  const [settled, setSettled] = useState<Identity | null>(null);
  const first = firstName.trim();
  const last = lastName.trim();
  const complete = first !== '' && last !== '' && isIsoDate(dateOfBirth);
  useEffect(() => {
    if (!complete) {
      setSettled(null);
      return;
    }
    const timer = setTimeout(() => setSettled({ firstName: first, lastName: last, dateOfBirth }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [complete, first, last, dateOfBirth]);
  const { data } = useQuery(possibleDuplicateClientsQuery, {
    variables: settled ?? { firstName: '', lastName: '', dateOfBirth: '' },
    skip: !settled || !complete,
    fetchPolicy: 'network-only',
  });
  if (!settled || !complete) return [];
  return data?.possibleDuplicateClients ?? [];
}
