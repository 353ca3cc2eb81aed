import { DIAGNOSIS_CATEGORY_LABELS, DIAGNOSIS_STATUS_LABELS } from '@carecircle/shared/domain';
import { StatusBadge } from '@carecircle/web/ui';
import type { RecordClient } from './client-overview';
import { formatIsoDate } from './dates';
import { RecordSection } from './record-section';
import { DIAGNOSIS_STATUS_TONES } from './status-tones';

/** ICD-10-CM diagnoses with the derived dual-diagnosis marker. Not rendered for peer workers. */
export function DiagnosesSection({ client }: { client: RecordClient }) {
  const diagnoses = client.diagnoses;
  return (
    <RecordSection
      id="diagnoses"
      title="Diagnoses"
      aside={
        client.dualDiagnosis ? (
          <span className="cc-record__flag-badge cc-record__flag-badge--warning" title={client.dualDiagnosisBasis?.join(', ')}>
            Dual diagnosis
          </span>
        ) : null
      }
    >
      {diagnoses == null ? (
        <p className="cc-record__muted">Diagnoses could not be loaded.</p>
      ) : diagnoses.length === 0 ? (
        <p className="cc-record__muted">No diagnoses recorded. The counselor records diagnoses after assessment.</p>
      ) : (
        <>
          {client.dualDiagnosis && client.dualDiagnosisBasis && client.dualDiagnosisBasis.length > 0 && (
            <p className="cc-record__muted">Co-occurring: based on active {client.dualDiagnosisBasis.join(' and ')}.</p>
          )}
          <ul className="cc-record__rows">
            {diagnoses.map((d) => (
              <li key={d.id} className="cc-record__row">
                <span className="cc-record__code">{d.icd10Code}</span>
                <span className="cc-record__row-main">
                  {d.description}
                  <span className="cc-record__muted">
                    {' '}
                    · {DIAGNOSIS_CATEGORY_LABELS[d.category]}
                    {d.onsetDate && ` · onset ${formatIsoDate(d.onsetDate)}`}
                  </span>
                </span>
                <StatusBadge tone={DIAGNOSIS_STATUS_TONES[d.status]}>{DIAGNOSIS_STATUS_LABELS[d.status]}</StatusBadge>
              </li>
            ))}
          </ul>
        </>
      )}
    </RecordSection>
  );
}
