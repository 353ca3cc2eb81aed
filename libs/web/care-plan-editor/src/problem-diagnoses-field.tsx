import { DIAGNOSIS_CATEGORY_LABELS, DIAGNOSIS_STATUS_LABELS, type DiagnosisCategory, type DiagnosisStatus } from '@carecircle/shared/domain';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';

/** One of the client's diagnoses, as the plan screens read it. */
export interface PlanDiagnosis {
  icd10Code: string;
  description: string;
  status: DiagnosisStatus | `${DiagnosisStatus}`;
  category: DiagnosisCategory | `${DiagnosisCategory}`;
}

export interface ProblemDiagnosesFieldProps {
  problemNumber: number;
  diagnoses: readonly PlanDiagnosis[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
}

/**
 * Which of the client's diagnoses a problem addresses: how the plan shows that a dual-diagnosed
 * client's mental-health diagnosis is being treated. Resolved diagnoses are offered only while
 * the problem still names them, so they can be taken off.
 */
export function ProblemDiagnosesField({ problemNumber, diagnoses, value, onChange }: ProblemDiagnosesFieldProps) {
  const offered = diagnoses.filter((d) => d.status !== 'RESOLVED' || value.includes(d.icd10Code));
  const unique = offered.filter((d, i) => offered.findIndex((o) => o.icd10Code === d.icd10Code) === i);
  if (unique.length === 0) {
    return <p className="cc-problem-diagnoses__empty">No diagnoses on the record yet; record them on the client record to link them here.</p>;
  }
  return (
    <CheckboxGroup className="cc-problem-diagnoses" value={[...value]} onChange={onChange}>
      <Label className="cc-problem-diagnoses__label">Diagnoses problem {problemNumber} addresses</Label>
      <Text slot="description" className="cc-problem-diagnoses__description">
        An intervention under this problem counts as treating the diagnoses ticked here.
      </Text>
      <div className="cc-problem-diagnoses__options">
        {unique.map((d) => (
          <Checkbox key={d.icd10Code} value={d.icd10Code} className="cc-checkbox cc-problem-diagnoses__option">
            <span className="cc-checkbox__box" aria-hidden="true">
              <svg viewBox="0 0 16 16" width="14" height="14">
                <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
              </svg>
            </span>
            <span>
              <strong>{d.icd10Code}</strong> {d.description}{' '}
              <span className="cc-problem-diagnoses__meta">
                ({DIAGNOSIS_CATEGORY_LABELS[d.category as DiagnosisCategory].toLowerCase()}, {DIAGNOSIS_STATUS_LABELS[d.status as DiagnosisStatus].toLowerCase()})
              </span>
            </span>
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
