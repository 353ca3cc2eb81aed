import { useMutation, useQuery } from '@apollo/client/react';
import { CARE_PLAN_STATUS_LABELS } from '@carecircle/shared/domain';
import { errorMessage, useSession, type CarePlanDetailFragment } from '@carecircle/web/data-access';
import { Button, EmptyState, ErrorState, Skeleton, StatusBadge } from '@carecircle/web/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CarePlanEditor } from './care-plan-editor';
import { CarePlanHistory } from './care-plan-history';
import { CARE_PLAN_STATUS_TONES, clientDisplayName, formatDateTime, formatIsoDate } from './care-plan-format';
import { CarePlanView } from './care-plan-view';
import { carePlanPageQuery, startCarePlanDraftMutation } from './care-plan.queries';
import { IntegratedCareGapNotice } from './integrated-care-gap-notice';
import { carePlanClientDiagnosesQuery } from './plan-diagnoses.queries';
import './care-plan-editor.css';

function PlanSummary({ plan }: { plan: CarePlanDetailFragment }) {
  return (
    <div className="cc-plan-summary">
      <StatusBadge tone={CARE_PLAN_STATUS_TONES[plan.status]}>{CARE_PLAN_STATUS_LABELS[plan.status]}</StatusBadge>
      <span>Version {plan.planVersion}</span>
      {plan.status === 'PENDING_REVIEW' && plan.submittedAt && (
        <span>
          Submitted for review {formatDateTime(plan.submittedAt)}
          {plan.submittedBy ? ` by ${plan.submittedBy.displayName}` : ''}
        </span>
      )}
      {plan.status === 'ACTIVE' && plan.signedAt && (
        <span>
          Signed {formatDateTime(plan.signedAt)}
          {plan.signedBy ? ` by ${plan.signedBy.displayName}` : ''}
        </span>
      )}
      {plan.status === 'DRAFT' && <span>Last saved {formatDateTime(plan.updatedAt)} by {plan.updatedBy.displayName}</span>}
      {plan.reviewDueOn && (
        <span className={plan.isOverdue ? 'cc-plan-summary__overdue' : undefined}>
          Review due {formatIsoDate(plan.reviewDueOn)}
          {plan.isOverdue && <strong> — review overdue</strong>}
        </span>
      )}
    </div>
  );
}

/**
 * "/clients/:clientId/care-plan": the open draft (editable) or the plan waiting for review, else the
 * signed plan read-only with "Start new version"; version history for clinicians.
 */
export function CarePlanPage() {
  const { clientId = '' } = useParams();
  const session = useSession();
  const role = session?.me.role;
  const isClinician = role === 'COUNSELOR' || role === 'SUPERVISOR';
  const [confirmation, setConfirmation] = useState('');
  const { data, loading, error, refetch } = useQuery(carePlanPageQuery, { variables: { clientId }, skip: !clientId || role === 'ADMIN' });
  // Diagnoses and the integrated-care gap are for the clinicians who write and sign plans.
  const diagnosesQuery = useQuery(carePlanClientDiagnosesQuery, { variables: { clientId }, skip: !clientId || !isClinician, errorPolicy: 'all' });
  const diagnosisClient = diagnosesQuery.data?.client;
  const integratedCare = diagnosisClient?.diagnoses
    ? {
        diagnoses: diagnosisClient.diagnoses,
        gap: diagnosisClient.integratedCareGap ?? null,
        receivingIntegratedTreatment: diagnosisClient.receivingIntegratedTreatment,
      }
    : null;
  const [startDraft, start] = useMutation(startCarePlanDraftMutation, {
    refetchQueries: [{ query: carePlanPageQuery, variables: { clientId } }, 'CarePlanHistory'],
    awaitRefetchQueries: true,
  });

  if (role === 'ADMIN') {
    return (
      <div className="cc-care-plan">
        <h1>Care plan</h1>
        <EmptyState title="Care plans are for clinical staff">
          <p>Administrators manage staff, programs and assignments; clinical records are not shown to this role.</p>
        </EmptyState>
      </div>
    );
  }

  const client = data?.client;
  const heading = client ? `Care plan — ${clientDisplayName(client)}` : 'Care plan';
  const open = data?.openCarePlan ?? null;
  const current = data?.currentCarePlan ?? null;

  async function onStart() {
    setConfirmation('');
    try {
      await startDraft({ variables: { clientId } });
      setConfirmation('A new draft is open. Changes are not visible to others until the plan is signed.');
    } catch {
      // start.error is shown below.
    }
  }

  let content;
  if (error && !data) {
    content = <ErrorState title="The care plan could not be loaded" message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (!data) {
    content = <Skeleton label="Loading care plan…" rows={6} />;
  } else if (open && open.status === 'DRAFT' && isClinician && !open.isPartialView) {
    content = (
      <>
        <PlanSummary plan={open} />
        <CarePlanEditor
          key={open.id}
          plan={open}
          careTeam={data.client.careTeam}
          integratedCare={integratedCare}
          onSubmitted={(plan) => setConfirmation(`Version ${plan.planVersion} was submitted for review. A supervisor will sign it off or return it.`)}
        />
      </>
    );
  } else if (open) {
    content = (
      <>
        <PlanSummary plan={open} />
        {open.status === 'PENDING_REVIEW' && (
          <p className="cc-care-plan__note">This version is waiting for a supervisor's sign-off and cannot be edited. The signed plan stays in effect until then.</p>
        )}
        {open.isPartialView && <p className="cc-care-plan__note">You see the goals and interventions you carry out.</p>}
        <CarePlanView plan={open} />
      </>
    );
  } else if (current) {
    content = (
      <>
        <PlanSummary plan={current} />
        {isClinician && (
          <div className="cc-care-plan__start">
            <p>Signed versions are read-only. To change the plan, start a new version: it is copied from this one.</p>
            <Button variant="primary" onPress={() => void onStart()} isDisabled={start.loading}>
              {start.loading ? 'Starting…' : 'Start new version'}
            </Button>
          </div>
        )}
        {current.isPartialView && <p className="cc-care-plan__note">You see the goals and interventions you carry out.</p>}
        <CarePlanView plan={current} />
      </>
    );
  } else {
    content = isClinician ? (
      <EmptyState
        title="No care plan yet"
        action={
          <Button variant="primary" onPress={() => void onStart()} isDisabled={start.loading}>
            {start.loading ? 'Starting…' : 'Start care plan'}
          </Button>
        }
      >
        <p>Start a draft with the problems in the client's words, then goals, measurable objectives and interventions. A supervisor signs it off.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No care plan has been signed yet">
        <p>The client's counselor writes the plan; it appears here once a supervisor has signed it.</p>
      </EmptyState>
    );
  }

  return (
    <div className="cc-care-plan">
      <p className="cc-care-plan__back">
        <Link to={`/clients/${clientId}`}>← Back to client record</Link>
      </p>
      <h1>{heading}</h1>
      <div role="status" className="cc-care-plan__confirmation">
        {confirmation}
      </div>
      {start.error && (
        <p role="alert" className="cc-editor__failure">
          A new version could not be started. {errorMessage(start.error)}
        </p>
      )}
      <div className="cc-care-plan__content" aria-busy={loading}>
        {/* In the editor the notice also says whether the draft closes the gap; elsewhere it stands alone. */}
        {integratedCare && !(open && open.status === 'DRAFT' && !open.isPartialView) && (
          <IntegratedCareGapNotice clientId={clientId} gap={integratedCare.gap} receivingIntegratedTreatment={integratedCare.receivingIntegratedTreatment} />
        )}
        {content}
      </div>
      {isClinician && data && (open || current) && <CarePlanHistory clientId={clientId} />}
    </div>
  );
}
