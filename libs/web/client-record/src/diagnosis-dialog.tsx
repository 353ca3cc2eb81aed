import { useMutation } from '@apollo/client/react';
import {
  DIAGNOSIS_DESCRIPTION_MAX_LENGTH,
  DIAGNOSIS_STATUS_LABELS,
  DiagnosisStatus,
  ICD10_CM_SHAPE_RULE,
  diagnosisCatalogEntry,
  isIcd10CmShape,
  isRemissionCode,
  normalizeIcd10Code,
} from '@carecircle/shared/domain';
import { organizationTodayIso } from '@carecircle/web/data-access';
import { FormDateField, FormDialog, FormRadioGroup, FormTextField, useZodForm, zodRules, type FormOption } from '@carecircle/web/forms';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { DIAGNOSIS_REFETCH_QUERIES, recordDiagnosisMutation, updateDiagnosisMutation } from './diagnoses.queries';
import { Icd10Picker } from './icd10-picker';

/** A diagnosis as the record holds it. */
export interface EditableDiagnosis {
  id: string;
  icd10Code: string;
  description: string;
  status: DiagnosisStatus | `${DiagnosisStatus}`;
  onsetDate?: string | null;
  version: number;
}

const STATUS_OPTIONS: readonly FormOption[] = [
  { value: DiagnosisStatus.ACTIVE, label: DIAGNOSIS_STATUS_LABELS.ACTIVE },
  { value: DiagnosisStatus.IN_REMISSION, label: DIAGNOSIS_STATUS_LABELS.IN_REMISSION },
  { value: DiagnosisStatus.RESOLVED, label: DIAGNOSIS_STATUS_LABELS.RESOLVED },
];

const onsetDate = zodRules
  .optionalIsoDate('Onset date')
  .refine((value) => value === null || value <= organizationTodayIso(), 'Onset date cannot be in the future');

const status = z.enum(DiagnosisStatus, { error: 'Choose a status' });

/** The rules of RecordDiagnosisInput, from the same shared shape, catalog and limit. */
export const recordDiagnosisSchema = z
  .object({
    icd10Code: z
      .string()
      .trim()
      .min(1, 'ICD-10-CM code is required')
      .refine(isIcd10CmShape, `ICD-10-CM code must be ${ICD10_CM_SHAPE_RULE}`)
      .transform(normalizeIcd10Code),
    description: zodRules.optionalText('Description', DIAGNOSIS_DESCRIPTION_MAX_LENGTH),
    onsetDate,
    status,
  })
  .superRefine((values, ctx) => {
    if (!values.description && !diagnosisCatalogEntry(values.icd10Code)) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: `Description is required for ${values.icd10Code}, which is not in the built-in catalog` });
    }
  });

/** The rules of UpdateDiagnosisInput: the code is not edited (resolve it and record the right one). */
export const updateDiagnosisSchema = z.object({
  description: zodRules.requiredText('Description', DIAGNOSIS_DESCRIPTION_MAX_LENGTH),
  onsetDate,
  status,
});

type RecordValues = z.output<typeof recordDiagnosisSchema>;
type UpdateValues = z.output<typeof updateDiagnosisSchema>;

function RemissionNote({ code, status: current }: { code: string; status: string | undefined }) {
  if (!isIcd10CmShape(code) || !isRemissionCode(code) || current !== DiagnosisStatus.ACTIVE) return null;
  return (
    <p className="cc-form__full cc-diagnosis-dialog__note" role="note">
      {normalizeIcd10Code(code)} itself says “in remission”, so it counts as in remission for the dual-diagnosis flag whatever the
      status says.
    </p>
  );
}

interface DialogBaseProps {
  clientName: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Records a diagnosis: an ICD-10-CM code from the catalog or typed in full, its status and onset date. */
export function RecordDiagnosisDialog({ clientId, clientName, isOpen, onOpenChange }: DialogBaseProps & { clientId: string }) {
  const form = useZodForm(recordDiagnosisSchema, { icd10Code: '', description: '', onsetDate: '', status: DiagnosisStatus.ACTIVE });
  const [recordDiagnosis] = useMutation(recordDiagnosisMutation, { refetchQueries: DIAGNOSIS_REFETCH_QUERIES, awaitRefetchQueries: true });
  const [code, currentStatus] = useWatch({ control: form.control, name: ['icd10Code', 'status'] });

  const save = async (values: RecordValues) => {
    await recordDiagnosis({
      variables: {
        input: { clientId, icd10Code: values.icd10Code, description: values.description, onsetDate: values.onsetDate, status: values.status },
      },
    });
    form.reset();
  };

  return (
    <FormDialog
      title="Record a diagnosis"
      description={`On ${clientName}'s record. Dual diagnosis follows from the active diagnoses.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      submitLabel="Record diagnosis"
    >
      <div className="cc-form__full">
        <Icd10Picker
          form={form}
          name="icd10Code"
          label="ICD-10-CM code"
          onCatalogChoice={(choice) => {
            if (!form.getValues('description')) form.setValue('description', choice.description);
            // A code that says "in remission" is offered with that status, unless the person already chose one.
            if (isRemissionCode(choice.code) && !form.getFieldState('status').isDirty) form.setValue('status', DiagnosisStatus.IN_REMISSION);
          }}
        />
      </div>
      <div className="cc-form__full">
        <FormTextField
          form={form}
          name="description"
          label="Description"
          description="Filled in from the catalog; required for a code the catalog does not know."
          autoComplete="off"
        />
      </div>
      <FormDateField form={form} name="onsetDate" label="Onset date (optional)" max={organizationTodayIso()} />
      <FormRadioGroup form={form} name="status" label="Status" options={STATUS_OPTIONS} />
      <RemissionNote code={code ?? ''} status={currentStatus} />
    </FormDialog>
  );
}

/** Changes a diagnosis's status, onset date or description; `resolving` opens it ready to mark it resolved. */
export function ChangeDiagnosisDialog({
  diagnosis,
  resolving,
  clientName,
  isOpen,
  onOpenChange,
}: DialogBaseProps & { diagnosis: EditableDiagnosis; resolving: boolean }) {
  const original: UpdateValues = {
    description: diagnosis.description,
    onsetDate: diagnosis.onsetDate ?? null,
    status: diagnosis.status as DiagnosisStatus,
  };
  const form = useZodForm(updateDiagnosisSchema, {
    description: diagnosis.description,
    onsetDate: diagnosis.onsetDate ?? '',
    status: resolving ? DiagnosisStatus.RESOLVED : (diagnosis.status as DiagnosisStatus),
  });
  const [updateDiagnosis] = useMutation(updateDiagnosisMutation, { refetchQueries: DIAGNOSIS_REFETCH_QUERIES, awaitRefetchQueries: true });
  const currentStatus = useWatch({ control: form.control, name: 'status' });

  const save = async (values: UpdateValues) => {
    // Only what changed, so the audit row names the fields touched (the API refuses an empty change).
    const changes: Partial<UpdateValues> = {};
    if (values.status !== original.status) changes.status = values.status;
    if (values.description !== original.description) changes.description = values.description;
    if (values.onsetDate !== original.onsetDate) changes.onsetDate = values.onsetDate;
    if (Object.keys(changes).length === 0) return;
    await updateDiagnosis({ variables: { input: { diagnosisId: diagnosis.id, expectedVersion: diagnosis.version, ...changes } } });
  };

  return (
    <FormDialog
      title={resolving ? `Resolve ${diagnosis.icd10Code}` : `Update ${diagnosis.icd10Code}`}
      description={`${diagnosis.description}, on ${clientName}'s record. To correct the code itself, resolve this one and record the right code.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={DIAGNOSIS_REFETCH_QUERIES}
      submitLabel={resolving ? 'Mark resolved' : 'Save changes'}
    >
      <FormRadioGroup form={form} name="status" label="Status" options={STATUS_OPTIONS} />
      <FormDateField form={form} name="onsetDate" label="Onset date (optional)" max={organizationTodayIso()} />
      <div className="cc-form__full">
        <FormTextField form={form} name="description" label="Description" autoComplete="off" />
      </div>
      <RemissionNote code={diagnosis.icd10Code} status={currentStatus} />
    </FormDialog>
  );
}
