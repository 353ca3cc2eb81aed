import { useMutation, useQuery } from '@apollo/client/react';
import {
  CHECK_IN_SCHEDULE_LABELS,
  CheckInSchedule,
  describeLevelOfCare,
  isIsoDate,
  LevelOfCare,
  readmissionDateProblem,
  toIsoDate,
} from '@carecircle/shared/domain';
import { errorMessage, useSession, type StaffRole } from '@carecircle/web/data-access';
import { FormDateField, FormDialog, FormSelect, useZodForm, zodRules, type FormOption } from '@carecircle/web/forms';
import { useEffect, useMemo } from 'react';
import { z } from 'zod';
import { formatIsoDate } from './dates';
import { EPISODE_REFETCH_QUERIES, readmitClientMutation, readmitOptionsQuery, type EpisodeClient } from './episode.queries';

const LEVEL_OPTIONS: readonly FormOption[] = Object.values(LevelOfCare).map((level) => ({ value: level, label: describeLevelOfCare(level) }));
const SCHEDULE_OPTIONS: readonly FormOption[] = Object.values(CheckInSchedule).map((schedule) => ({
  value: schedule,
  label: CHECK_IN_SCHEDULE_LABELS[schedule],
}));

function readmitSchema(role: StaffRole, lastDischarge: string | null, today: string) {
  return z
    .object({
      programId: zodRules.requiredChoice('a program'),
      levelOfCare: z.union([z.enum(LevelOfCare), z.literal('')]).refine((value) => value !== '', 'Choose a level of care'),
      admissionDate: zodRules.isoDate('Admission date'),
      recoveryStartDate: zodRules
        .optionalIsoDate('Recovery start date')
        .refine((value) => value === null || value <= today, 'Recovery start date cannot be after today'),
      counselorId: z.string(),
      peerWorkerId: z.string(),
      checkInSchedule: z.enum(CheckInSchedule),
    })
    .superRefine((values, issue) => {
      // The API's own rule (shared): not in the future, not before the day the last episode ended.
      const problem = isIsoDate(values.admissionDate) ? readmissionDateProblem(values.admissionDate, lastDischarge ?? values.admissionDate, today) : null;
      if (problem) issue.addIssue({ code: 'custom', path: ['admissionDate'], message: problem.replace(/^admissionDate/, 'Admission date') });
      if (role === 'SUPERVISOR' && !values.counselorId) {
        issue.addIssue({ code: 'custom', path: ['counselorId'], message: 'Choose the primary counselor' });
      }
    });
}

type ReadmitSchema = ReturnType<typeof readmitSchema>;
export type ReadmitFormValues = z.input<ReadmitSchema>;

const PREFILL_SCHEMA = z.object({
  programId: z.string(),
  levelOfCare: z.union([z.enum(LevelOfCare), z.literal('')]),
  admissionDate: z.string(),
  recoveryStartDate: z.string(),
  counselorId: z.string(),
  peerWorkerId: z.string(),
  checkInSchedule: z.enum(CheckInSchedule),
});

/**
 * The values the admission form passes when the person it was about to admit turns out to be this
 * former client (router state `readmit`, see libs/web/intake readmit-prefill.ts); null when the
 * state holds none or something else.
 */
export function readmitPrefillFrom(state: unknown): ReadmitFormValues | null {
  if (typeof state !== 'object' || state === null || !('readmit' in state)) return null;
  const parsed = PREFILL_SCHEMA.safeParse((state as { readmit: unknown }).readmit);
  return parsed.success ? parsed.data : null;
}

export interface ReadmitDialogProps {
  client: EpisodeClient;
  today: Date;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** Values carried over from the admission form. */
  prefill?: ReadmitFormValues | null;
}

/** Starts a new episode of care for a discharged client on the same record; earlier episodes stay readable. */
export function ReadmitDialog({ client, today, isOpen, onOpenChange, prefill }: ReadmitDialogProps) {
  const session = useSession();
  const role: StaffRole = session?.me.role ?? 'COUNSELOR';
  const todayIso = toIsoDate(today);
  const { data: options, error: optionsError } = useQuery(readmitOptionsQuery, { skip: !isOpen });
  const schema = useMemo(() => readmitSchema(role, client.dischargeDate ?? null, todayIso), [role, client.dischargeDate, todayIso]);
  const form = useZodForm(schema, {
    programId: client.program.id,
    levelOfCare: '',
    admissionDate: todayIso,
    recoveryStartDate: '',
    counselorId: '',
    peerWorkerId: '',
    checkInSchedule: client.checkInSchedule as CheckInSchedule,
    ...prefill,
  });
  const [readmit] = useMutation(readmitClientMutation, {
    refetchQueries: EPISODE_REFETCH_QUERIES,
    awaitRefetchQueries: true,
    // Back on a caseload: lists load afresh next time they are shown.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseloadSummary' });
    },
  });
  const save = async (values: z.output<ReadmitSchema>) => {
    await readmit({
      variables: {
        input: {
          clientId: client.id,
          expectedVersion: client.version,
          programId: values.programId,
          levelOfCare: values.levelOfCare as LevelOfCare,
          admissionDate: values.admissionDate,
          recoveryStartDate: values.recoveryStartDate,
          counselorId: role === 'SUPERVISOR' ? values.counselorId : null,
          peerWorkerId: values.peerWorkerId || null,
          checkInSchedule: values.checkInSchedule,
        },
      },
    });
  };

  // The program's usual level of care is the suggestion until one is picked.
  const programId = form.watch('programId');
  useEffect(() => {
    const program = options?.programs.find((p) => p.id === programId);
    if (program && !form.getValues('levelOfCare')) form.setValue('levelOfCare', program.defaultLevelOfCare as LevelOfCare);
  }, [programId, options, form]);

  const programOptions = (options?.programs ?? [{ id: client.program.id, name: client.program.name }]).map((p) => ({ value: p.id, label: p.name }));
  const candidates = options?.careTeamCandidates ?? [];
  const counselorOptions = candidates.filter((s) => s.role === 'COUNSELOR').map((s) => ({ value: s.id, label: s.displayName }));
  const peerOptions = candidates.filter((s) => s.role === 'PEER_SUPPORT').map((s) => ({ value: s.id, label: s.displayName }));
  const name = client.preferredName ?? client.firstName;

  return (
    <FormDialog
      title={`Readmit ${name}`}
      description={
        client.dischargeDate
          ? `Starts a new episode of care. The episode that ended ${formatIsoDate(client.dischargeDate)} stays on the record.`
          : 'Starts a new episode of care on this record.'
      }
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={EPISODE_REFETCH_QUERIES}
      submitLabel="Readmit"
      busyLabel="Readmitting…"
    >
      {optionsError && (
        <p className="cc-form__full cc-record__muted">The lists of programs and staff could not be loaded: {errorMessage(optionsError)}</p>
      )}
      {/* Selects mount once their options exist, so a carried-over choice shows as chosen. */}
      {!options && !optionsError ? (
        <p className="cc-form__full cc-record__muted">Loading programs and staff…</p>
      ) : (
        <>
          <FormSelect form={form} name="programId" label="Program" options={programOptions} placeholder="Choose a program" />
          <FormSelect form={form} name="levelOfCare" label="Level of care (ASAM)" options={LEVEL_OPTIONS} placeholder="Choose a level of care" />
          <FormDateField form={form} name="admissionDate" label="Admission date" min={client.dischargeDate ?? undefined} max={todayIso} />
          <FormDateField
            form={form}
            name="recoveryStartDate"
            label="Recovery start date (optional)"
            description="The day sobriety began this time; milestones count from it."
            max={todayIso}
          />
          {role === 'SUPERVISOR' && (
            <FormSelect form={form} name="counselorId" label="Primary counselor" options={counselorOptions} placeholder="Choose a counselor" />
          )}
          <FormSelect form={form} name="peerWorkerId" label="Peer support worker (optional)" options={peerOptions} placeholder="None for now" />
          <FormSelect form={form} name="checkInSchedule" label="Check-in schedule" options={SCHEDULE_OPTIONS} />
        </>
      )}
    </FormDialog>
  );
}
