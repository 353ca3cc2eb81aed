import { DiagnosisStatus, integratedCareGap, type CarePlanContent } from '@carecircle/shared/domain';
import { Link } from 'react-router';
import type { PlanDiagnosis } from './problem-diagnoses-field';

export interface IntegratedCareGapNoticeProps {
  clientId: string;
  /** The server's reading of the ACTIVE plan; null when there is no gap. */
  gap: { summary: string } | null | undefined;
  receivingIntegratedTreatment: boolean;
  /** With a draft open: the client's diagnoses and the draft's tree, to say whether signing it would close the gap. */
  draft?: { diagnoses: readonly PlanDiagnosis[]; content: CarePlanContent } | null;
}

/**
 * Dual diagnosis drives the plan: says when the active plan has no intervention for a dual-diagnosed
 * client's mental-health diagnosis, and, in the editor, whether the draft addresses it (by the same
 * shared rule the API uses). The integrated-treatment switch is on the client record.
 */
export function IntegratedCareGapNotice({ clientId, gap, receivingIntegratedTreatment, draft }: IntegratedCareGapNoticeProps) {
  if (!gap) return null;
  const diagnoses = draft?.diagnoses.map((d) => ({ icd10Code: d.icd10Code, status: d.status as DiagnosisStatus }));
  const draftGap = draft && diagnoses ? integratedCareGap(diagnoses, draft.content) : undefined;
  return (
    <div className="cc-integrated-gap" role="note" aria-label="Integrated care gap">
      <p className="cc-integrated-gap__summary">
        <strong>Integrated care gap. </strong>
        {gap.summary}
      </p>
      {draftGap === null && <p className="cc-integrated-gap__draft">This draft addresses it: once signed off, the gap closes.</p>}
      {draftGap && (
        <p className="cc-integrated-gap__draft">
          This draft does not yet address {draftGap.unaddressedMentalHealthCodes.join(', ')}: tick it under a problem that has an intervention.
        </p>
      )}
      <p className="cc-integrated-gap__treatment">
        {receivingIntegratedTreatment ? 'Marked as receiving integrated treatment' : 'Not marked as receiving integrated treatment'} (
        <Link to={`/clients/${clientId}`}>change on the client record</Link>).
      </p>
    </div>
  );
}
