import { DIAGNOSIS_CATEGORY_LABELS, DIAGNOSIS_STATUS_LABELS, DiagnosisStatus } from '@carecircle/shared/domain';
import { useSession } from '@carecircle/web/data-access';
import { Button, StatusBadge } from '@carecircle/web/ui';
import { useRef, useState } from 'react';
import type { RecordClient } from './client-overview';
import { formatIsoDate } from './dates';
import { ChangeDiagnosisDialog, RecordDiagnosisDialog, type EditableDiagnosis } from './diagnosis-dialog';
import { IntegratedCareNotice } from './integrated-care-notice';
import { RecordSection } from './record-section';
import { DIAGNOSIS_STATUS_TONES } from './status-tones';

type OpenDialog = { kind: 'record' } | { kind: 'change' | 'resolve'; diagnosisId: string } | null;

/** Counselors and supervisors record and change diagnoses (the API refuses everyone else). */
function useMayEditDiagnoses(): boolean {
  const role = useSession()?.me.role;
  return role === 'COUNSELOR' || role === 'SUPERVISOR';
}

/**
 * ICD-10-CM diagnoses with the derived dual-diagnosis marker, the integrated-care notice and, for
 * counselors and supervisors, recording, updating and resolving. Not rendered for peer workers.
 */
export function DiagnosesSection({ client }: { client: RecordClient }) {
  const diagnoses = client.diagnoses;
  const mayEdit = useMayEditDiagnoses();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // Keeps the dialog's diagnosis while the record refetches after a save (it is briefly absent).
  const lastSeen = useRef<EditableDiagnosis | null>(null);
  const changing = dialog && dialog.kind !== 'record' ? (diagnoses?.find((d) => d.id === dialog.diagnosisId) ?? lastSeen.current) : null;
  lastSeen.current = changing;
  const clientName = client.preferredName ?? client.firstName;
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };

  return (
    <RecordSection
      id="diagnoses"
      title="Diagnoses"
      aside={
        <>
          {client.dualDiagnosis && (
            <span className="cc-record__flag-badge cc-record__flag-badge--warning" title={client.dualDiagnosisBasis?.join(', ')}>
              Dual diagnosis
            </span>
          )}
          {mayEdit && diagnoses != null && (
            <Button variant="secondary" onPress={() => setDialog({ kind: 'record' })}>
              Record a diagnosis
            </Button>
          )}
        </>
      }
    >
      {diagnoses == null ? (
        <p className="cc-record__muted">Diagnoses could not be loaded.</p>
      ) : diagnoses.length === 0 ? (
        <p className="cc-record__muted">
          {mayEdit ? 'No diagnoses recorded yet. Record them after assessment.' : 'No diagnoses recorded. The counselor records diagnoses after assessment.'}
        </p>
      ) : (
        <>
          {client.dualDiagnosis && client.dualDiagnosisBasis && client.dualDiagnosisBasis.length > 0 && (
            <p className="cc-record__muted">Co-occurring: based on active {client.dualDiagnosisBasis.join(' and ')}.</p>
          )}
          <IntegratedCareNotice
            clientId={client.id}
            dualDiagnosis={client.dualDiagnosis ?? false}
            gap={client.integratedCareGap}
            receivingIntegratedTreatment={client.receivingIntegratedTreatment}
            version={client.version}
            mayEdit={mayEdit}
          />
          <ul className="cc-record__rows">
            {diagnoses.map((d) => (
              <li key={d.id} className="cc-record__row cc-diagnosis-row">
                <span className="cc-record__code">{d.icd10Code}</span>
                <span className="cc-record__row-main">
                  {d.description}
                  <span className="cc-record__muted">
                    {' '}
                    · {DIAGNOSIS_CATEGORY_LABELS[d.category]}
                    {d.onsetDate && ` · onset ${formatIsoDate(d.onsetDate)}`}
                    {d.inRemissionByCode && d.status === DiagnosisStatus.ACTIVE && ' · the code says in remission'}
                  </span>
                </span>
                <StatusBadge tone={DIAGNOSIS_STATUS_TONES[d.status]}>{DIAGNOSIS_STATUS_LABELS[d.status]}</StatusBadge>
                {mayEdit && (
                  <span className="cc-diagnosis-row__actions">
                    <Button variant="quiet" onPress={() => setDialog({ kind: 'change', diagnosisId: d.id })} aria-label={`Update ${d.icd10Code} ${d.description}`}>
                      Update
                    </Button>
                    {d.status !== DiagnosisStatus.RESOLVED && (
                      <Button variant="quiet" onPress={() => setDialog({ kind: 'resolve', diagnosisId: d.id })} aria-label={`Resolve ${d.icd10Code} ${d.description}`}>
                        Resolve
                      </Button>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {dialog?.kind === 'record' && <RecordDiagnosisDialog clientId={client.id} clientName={clientName} isOpen onOpenChange={close} />}
      {changing && dialog && dialog.kind !== 'record' && (
        <ChangeDiagnosisDialog
          key={`${dialog.kind}-${changing.id}`}
          diagnosis={changing}
          resolving={dialog.kind === 'resolve'}
          clientName={clientName}
          isOpen
          onOpenChange={close}
        />
      )}
    </RecordSection>
  );
}
