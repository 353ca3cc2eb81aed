import { mayEditSupportNetwork } from '@carecircle/shared/domain';
import { useSession } from '@carecircle/web/data-access';

/** Whether the signed-in person may change the network, consents and family engagement (the API refuses everyone else). */
export function useMayEditSupportNetwork(): boolean {
  const session = useSession();
  return mayEditSupportNetwork(session?.me.role);
}
