import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  DEFAULT_RISK_THRESHOLDS,
  RISK_FLAG_LABELS,
  RISK_THRESHOLD_KEYS,
  RISK_THRESHOLD_LIMITS,
  StaffRole,
  riskThresholdProblems,
  type RiskFlagCode,
  type RiskThresholdKey,
  type RiskThresholds,
} from '@carecircle/shared/domain';
import { errorMessage, useSession, type ProgramSettingsFieldsFragment, type RiskThresholdPreviewQuery } from '@carecircle/web/data-access';
import { FormErrorMessage, FormNumberField, applyServerErrors, useServerSubmit, useZodForm } from '@carecircle/web/forms';
import { Button, ErrorState, Skeleton } from '@carecircle/web/ui';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { z } from 'zod';
import { programSettingsQuery, riskThresholdPreviewQuery, updateRiskThresholdsMutation } from './programs.queries';
import './program-pages.css';

/** One whole-number box per threshold, bounded as the API bounds it (shared/domain), with the rule tying two of them. */
export const riskThresholdsSchema = z
  .object(
    Object.fromEntries(
      RISK_THRESHOLD_KEYS.map((key) => {
        const { label, min, max } = RISK_THRESHOLD_LIMITS[key];
        const message = `${label} must be a whole number from ${min} to ${max}`;
        return [key, z.number({ error: `${label} is required` }).int(message).min(min, message).max(max, message)];
      }),
    ) as Record<RiskThresholdKey, z.ZodNumber>,
  )
  .superRefine((values, issues) => {
    for (const { field, problem } of riskThresholdProblems(values)) {
      // The bounds are reported by each field's own rule above; only the rule across fields is added here.
      if (problem.includes('cannot be more than')) issues.addIssue({ code: 'custom', path: [field], message: problem });
    }
  });

type ThresholdValues = z.input<typeof riskThresholdsSchema>;
type Preview = RiskThresholdPreviewQuery['riskThresholdPreview'];

/** The API names a setting under `thresholds.`; the form by the setting alone. */
const FIELD_NAMES = Object.fromEntries(RISK_THRESHOLD_KEYS.map((key) => [`thresholds.${key}`, key]));

/** The exact words of the preview, e.g. "This change would flag 0 more / 1 fewer client". */
export function previewSentence(preview: Pick<Preview, 'newlyFlagged' | 'noLongerFlagged'>): string {
  // "client" agrees with the number next to it: "2 more / 1 fewer client", "0 more / 0 fewer clients".
  return `This change would flag ${preview.newlyFlagged} more / ${preview.noLongerFlagged} fewer client${preview.noLongerFlagged === 1 ? '' : 's'}`;
}

function valuesOf(program: ProgramSettingsFieldsFragment): ThresholdValues {
  const inForce: Partial<RiskThresholds> = {};
  for (const row of program.riskThresholds) if (row.key in DEFAULT_RISK_THRESHOLDS) inForce[row.key as RiskThresholdKey] = row.value;
  return { ...DEFAULT_RISK_THRESHOLDS, ...inForce };
}

/**
 * A program's risk thresholds: when a client is flagged for attention. A change can be previewed
 * first — how many clients it would flag more or fewer, counted over the caller's clients (a
 * supervisor's team) or, for an administrator, the whole program — then saved.
 */
export function RiskThresholdsPage() {
  const { programId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(programSettingsQuery, { variables: { programId } });
  const program = data?.program;
  return (
    <div className="cc-page cc-thresholds">
      <div className="cc-thresholds__header">
        <h1>{program ? `Risk thresholds — ${program.name}` : 'Risk thresholds'}</h1>
      </div>
      {!data && loading && <Skeleton label="Loading the thresholds" rows={4} />}
      {!data && error && <ErrorState title="The program could not be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />}
      {program && <RiskThresholdsForm key={program.id} program={program} />}
    </div>
  );
}

function RiskThresholdsForm({ program }: { program: ProgramSettingsFieldsFragment }) {
  const session = useSession();
  const isAdmin = session?.me.role === StaffRole.ADMIN;
  const apollo = useApolloClient();
  const form = useZodForm(riskThresholdsSchema, valuesOf(program));
  const [updateThresholds] = useMutation(updateRiskThresholdsMutation);
  const [preview, setPreview] = useState<{ values: string; result: Preview } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const current = JSON.stringify(form.watch());
  // A preview speaks of the values it was made for; once they change it is gone.
  const shownPreview = preview && preview.values === current ? preview.result : null;
  useEffect(() => {
    if (form.formState.isDirty) setSaved(false);
  }, [current, form.formState.isDirty]);

  const { submit, formError } = useServerSubmit(
    form,
    async (values: RiskThresholds) => {
      setSaved(false);
      const result = await updateThresholds({ variables: { input: { programId: program.id, thresholds: values } } });
      if (result.data) form.reset(valuesOf(result.data.updateRiskThresholds));
      setPreview(null);
      setSaved(true);
    },
    FIELD_NAMES,
  );

  const runPreview = form.handleSubmit(async (values) => {
    setPreviewError(null);
    setPreviewing(true);
    try {
      const { data } = await apollo.query({
        query: riskThresholdPreviewQuery,
        variables: { programId: program.id, thresholds: values },
        fetchPolicy: 'network-only',
      });
      if (data) setPreview({ values: JSON.stringify(form.getValues()), result: data.riskThresholdPreview });
    } catch (failure) {
      setPreviewError(applyServerErrors(form, failure, FIELD_NAMES));
    } finally {
      setPreviewing(false);
    }
  });

  const resetToDefaults = () => {
    form.clearErrors();
    for (const key of RISK_THRESHOLD_KEYS) form.setValue(key, DEFAULT_RISK_THRESHOLDS[key], { shouldDirty: true });
    setPreview(null);
    setSaved(false);
  };

  return (
    <form className="cc-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={form.formState.isSubmitting || undefined}>
      <p className="cc-thresholds__intro">
        A client is flagged for attention when one of these is reached. They apply to every client of {program.name}. Preview a
        change to see how many clients it would flag more or fewer before you save it.
      </p>
      <FormErrorMessage message={formError ?? previewError} />
      <div className="cc-thresholds__fields">
        {RISK_THRESHOLD_KEYS.map((key) => {
          const { label, min, max } = RISK_THRESHOLD_LIMITS[key];
          return (
            <FormNumberField
              key={key}
              form={form}
              name={key}
              label={label}
              description={`Default: ${DEFAULT_RISK_THRESHOLDS[key]}`}
              min={min}
              max={max}
            />
          );
        })}
      </div>
      {shownPreview && (
        <section className="cc-thresholds__preview" aria-label="Preview">
          <p className="cc-thresholds__preview-summary" role="status">
            {previewSentence(shownPreview)}
          </p>
          <p>
            Flagged now: {shownPreview.flaggedNow}; after the change: {shownPreview.flaggedAfter} — of {shownPreview.clientsCounted}{' '}
            {shownPreview.clientsCounted === 1 ? 'client' : 'clients'}{' '}
            {isAdmin ? 'in care in this program' : 'in care you and your team see in this program'}.
          </p>
          <ul>
            {shownPreview.byFlag
              .filter((row) => row.now !== row.after)
              .map((row) => (
                <li key={row.code}>
                  {RISK_FLAG_LABELS[row.code as RiskFlagCode]}: {row.now} now, {row.after} after
                </li>
              ))}
          </ul>
        </section>
      )}
      <div className="cc-thresholds__actions">
        <Button variant="secondary" onPress={() => void runPreview()} isDisabled={previewing}>
          {previewing ? 'Previewing…' : 'Preview change'}
        </Button>
        <Button variant="primary" type="submit" isDisabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : 'Save thresholds'}
        </Button>
        <Button variant="secondary" onPress={resetToDefaults}>
          Reset to defaults
        </Button>
        {saved && (
          <p role="status" className="cc-thresholds__saved">
            Thresholds saved.
          </p>
        )}
      </div>
    </form>
  );
}
