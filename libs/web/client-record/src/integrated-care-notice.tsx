import { useApolloClient, useMutation } from '@apollo/client/react';
import { errorMessage } from '@carecircle/web/data-access';
import { Checkbox } from '@carecircle/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { DIAGNOSIS_REFETCH_QUERIES, setIntegratedTreatmentMutation } from './diagnoses.queries';

export interface IntegratedCareGapView {
  summary: string;
  hasActivePlan: boolean;
}

export interface IntegratedCareNoticeProps {
  clientId: string;
  dualDiagnosis: boolean;
  gap: IntegratedCareGapView | null | undefined;
  receivingIntegratedTreatment: boolean;
  /** The client's edit version, sent back with the integrated-treatment change. */
  version: number;
  /** Counselors and supervisors; everyone else reads the notice without the switch. */
  mayEdit: boolean;
  /** Link to the plan editor (left out inside the editor itself). */
  showPlanLink?: boolean;
}

/**
 * Dual diagnosis drives the plan: says when the active plan leaves a mental-health diagnosis
 * without an intervention, and lets the clinician mark whether the client receives integrated
 * mental-health and substance-use treatment. Renders nothing for a client who is not dual and not
 * marked as receiving integrated treatment.
 */
export function IntegratedCareNotice({ clientId, dualDiagnosis, gap, receivingIntegratedTreatment, version, mayEdit, showPlanLink = true }: IntegratedCareNoticeProps) {
  const [setIntegrated, { loading }] = useMutation(setIntegratedTreatmentMutation, { refetchQueries: DIAGNOSIS_REFETCH_QUERIES, awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const apollo = useApolloClient();
  if (!dualDiagnosis && !gap && !receivingIntegratedTreatment) return null;

  const change = async (receiving: boolean) => {
    setFailure(null);
    try {
      await setIntegrated({ variables: { clientId, receiving, expectedVersion: version } });
    } catch (error) {
      // Most often someone else changed the record first (CONFLICT): reload it so the next try sends its current version.
      await apollo.refetchQueries({ include: DIAGNOSIS_REFETCH_QUERIES }).catch(() => undefined);
      setFailure(`${errorMessage(error as Error)} The record has been reloaded; try again if it still applies.`);
    }
  };

  return (
    <div className={gap ? 'cc-integrated-care cc-integrated-care--gap' : 'cc-integrated-care'}>
      {gap && (
        <p className="cc-integrated-care__gap">
          <strong>Integrated care gap. </strong>
          {gap.summary}{' '}
          {showPlanLink && (
            <Link className="cc-record__action-link" to={`/clients/${clientId}/care-plan`}>
              {gap.hasActivePlan ? 'Revise the care plan' : 'Write the care plan'}
            </Link>
          )}
        </p>
      )}
      {mayEdit ? (
        <Checkbox isSelected={receivingIntegratedTreatment} isDisabled={loading} onChange={(receiving) => void change(receiving)}>
          Receiving integrated mental-health and substance-use treatment
        </Checkbox>
      ) : (
        <p className="cc-record__muted">
          {receivingIntegratedTreatment ? 'Receiving integrated treatment.' : 'Not marked as receiving integrated treatment.'}
        </p>
      )}
      {failure && (
        <p className="cc-integrated-care__error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
