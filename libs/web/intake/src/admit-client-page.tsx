import { useMutation, useQuery } from '@apollo/client/react';
import { CHECK_IN_SCHEDULE_LABELS, CheckInSchedule, describeLevelOfCare, LevelOfCare, toIsoDate } from '@carecircle/shared/domain';
import { errorMessage, useOrganizationToday, useSession, type AdmitClientFormQuery, type StaffRole } from '@carecircle/web/data-access';
import {
  applyServerErrors,
  FormCheckbox,
  FormDateField,
  FormErrorMessage,
  FormSelect,
  FormTextField,
  useZodForm,
  type FormOption,
} from '@carecircle/web/forms';
import { Button, ErrorState, Skeleton } from '@carecircle/web/ui';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { admitClientFormQuery, admitClientMutation } from './admit-client.queries';
import { admitClientSchema, emptyAdmission, toAdmitClientInput } from './admit-client.schema';
import { DuplicateWarning } from './duplicate-warning';
import type { ReadmitPrefill } from './readmit-prefill';
import { usePossibleDuplicates, type PossibleDuplicate } from './use-possible-duplicates';
import './intake.css';

const LEVEL_OPTIONS: readonly FormOption[] = Object.values(LevelOfCare).map((level) => ({ value: level, label: describeLevelOfCare(level) }));
const SCHEDULE_OPTIONS: readonly FormOption[] = Object.values(CheckInSchedule).map((schedule) => ({
  value: schedule,
  label: CHECK_IN_SCHEDULE_LABELS[schedule],
}));

export interface AdmitClientPageProps {
  /** Injectable for tests; defaults to the organization's today. */
  today?: Date;
}

/** "Admit a client" (/clients/new): counselors admit onto their own caseload, supervisors for a counselor on their team. */
export function AdmitClientPage({ today: fixedToday }: AdmitClientPageProps = {}) {
  const session = useSession();
  const organizationToday = useOrganizationToday();
  const today = fixedToday ?? organizationToday;
  const { data, loading, error, refetch } = useQuery(admitClientFormQuery, { fetchPolicy: 'cache-and-network' });

  useEffect(() => {
    const previous = document.title;
    document.title = 'Admit a client · CareCircle';
    return () => {
      document.title = previous;
    };
  }, []);

  let content;
  if (!session) content = null;
  else if (data) content = <AdmitClientForm role={session.me.role} me={session.me} options={data} today={today} />;
  else if (error && !loading) {
    content = (
      <ErrorState
        title="The admission form could not be loaded"
        message={errorMessage(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else content = <Skeleton label="Loading the admission form…" rows={8} />;

  return (
    <div className="cc-intake">
      <nav aria-label="Breadcrumb" className="cc-intake__crumbs">
        <Link to="/">
          <span aria-hidden="true">← </span>Back to caseload
        </Link>
      </nav>
      <h1 className="cc-intake__title">Admit a client</h1>
      <p className="cc-intake__lead">Starts an episode of care. Fields marked optional can be filled in later.</p>
      {content}
    </div>
  );
}

interface AdmitClientFormProps {
  role: StaffRole;
  me: { id: string; displayName: string };
  options: AdmitClientFormQuery;
  today: Date;
}

function AdmitClientForm({ role, me, options, today }: AdmitClientFormProps) {
  const navigate = useNavigate();
  const todayIso = toIsoDate(today);
  const schema = useMemo(() => admitClientSchema(role, todayIso), [role, todayIso]);
  const form = useZodForm(schema, emptyAdmission(today));
  const [formError, setFormError] = useState<string | null>(null);
  const [admitClient] = useMutation(admitClientMutation, {
    // The caseload and dashboards count this client now: drop cached lists so they load afresh.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseloadSummary' });
      cache.gc();
    },
  });

  const [firstName, lastName, dateOfBirth, programId] = form.watch(['firstName', 'lastName', 'dateOfBirth', 'programId']);
  const duplicates = usePossibleDuplicates({ firstName, lastName, dateOfBirth });

  // A program suggests its usual level of care and check-in schedule until the person picks their own.
  useEffect(() => {
    const program = options.programs.find((p) => p.id === programId);
    if (program && !form.getFieldState('levelOfCare').isDirty) {
      form.setValue('levelOfCare', program.defaultLevelOfCare as LevelOfCare, { shouldValidate: form.getFieldState('levelOfCare').isTouched });
    }
    if (program && !form.getFieldState('checkInSchedule').isDirty) {
      form.setValue('checkInSchedule', program.defaultCheckInSchedule as CheckInSchedule);
    }
  }, [programId, options.programs, form]);

  const programOptions = options.programs.map((p) => ({ value: p.id, label: p.name }));
  const counselorOptions = options.careTeamCandidates.filter((s) => s.role === 'COUNSELOR').map((s) => ({ value: s.id, label: s.displayName }));
  const peerOptions = options.careTeamCandidates.filter((s) => s.role === 'PEER_SUPPORT').map((s) => ({ value: s.id, label: s.displayName }));

  const readmit = (duplicate: PossibleDuplicate) => {
    const values = form.getValues();
    const prefill: ReadmitPrefill = {
      programId: values.programId,
      levelOfCare: values.levelOfCare,
      admissionDate: values.admissionDate,
      recoveryStartDate: values.recoveryStartDate,
      counselorId: role === 'SUPERVISOR' ? values.counselorId : '',
      peerWorkerId: values.peerWorkerId,
      checkInSchedule: values.checkInSchedule,
    };
    void navigate(`/clients/${duplicate.clientId}`, { state: { readmit: prefill } });
  };

  const submit = (event: FormEvent) =>
    form.handleSubmit(async (values) => {
      setFormError(null);
      if (duplicates.length > 0 && !values.differentPerson) {
        form.setError(
          'differentPerson',
          { type: 'duplicate', message: 'Open or readmit the existing client, or confirm this is a different person' },
          { shouldFocus: true },
        );
        return;
      }
      try {
        const result = await admitClient({ variables: { input: toAdmitClientInput(values, role) } });
        const admitted = result.data?.admitClient;
        if (admitted) void navigate(`/clients/${admitted.id}`);
      } catch (failure) {
        // Nothing typed is lost: the form keeps its values; problems go on their fields.
        setFormError(applyServerErrors(form, failure));
      }
    })(event);

  const saving = form.formState.isSubmitting;
  return (
    <form className="cc-form cc-intake__form" onSubmit={(event) => void submit(event)} noValidate aria-busy={saving || undefined}>
      <FormErrorMessage message={formError} />
      <fieldset className="cc-intake__group">
        <legend className="cc-intake__legend">The person</legend>
        <div className="cc-form__fields">
          <FormTextField form={form} name="firstName" label="First name" autoComplete="off" />
          <FormTextField form={form} name="lastName" label="Last name" autoComplete="off" />
          <FormTextField form={form} name="preferredName" label="Preferred name (optional)" autoComplete="off" />
          <FormTextField form={form} name="pronouns" label="Pronouns (optional)" placeholder="e.g. she/her" autoComplete="off" />
          <FormDateField form={form} name="dateOfBirth" label="Date of birth" max={todayIso} />
        </div>
        <DuplicateWarning duplicates={duplicates} onReadmit={readmit} />
        {duplicates.length > 0 && (
          <FormCheckbox form={form} name="differentPerson" label="This is a different person: admit them as a new client" />
        )}
      </fieldset>

      <fieldset className="cc-intake__group">
        <legend className="cc-intake__legend">Episode of care</legend>
        <div className="cc-form__fields">
          <FormSelect form={form} name="programId" label="Program" options={programOptions} placeholder="Choose a program" />
          <FormSelect
            form={form}
            name="levelOfCare"
            label="Level of care (ASAM)"
            options={LEVEL_OPTIONS}
            placeholder="Choose a level of care"
          />
          <FormDateField form={form} name="admissionDate" label="Admission date" max={todayIso} />
          <FormDateField
            form={form}
            name="recoveryStartDate"
            label="Recovery start date (optional)"
            description="The day sobriety began; milestones count from it."
            max={todayIso}
          />
        </div>
      </fieldset>

      <fieldset className="cc-intake__group">
        <legend className="cc-intake__legend">Care team</legend>
        <div className="cc-form__fields">
          {role === 'SUPERVISOR' ? (
            <FormSelect
              form={form}
              name="counselorId"
              label="Primary counselor"
              options={counselorOptions}
              placeholder={counselorOptions.length ? 'Choose a counselor' : 'No counselors on your team'}
            />
          ) : (
            <div className="cc-field">
              <span className="cc-field__label">Primary counselor</span>
              <span className="cc-intake__static">You ({me.displayName})</span>
            </div>
          )}
          <FormSelect
            form={form}
            name="peerWorkerId"
            label="Peer support worker (optional)"
            options={peerOptions}
            placeholder="None for now"
          />
          <FormSelect form={form} name="checkInSchedule" label="Check-in schedule" options={SCHEDULE_OPTIONS} />
        </div>
      </fieldset>

      <div className="cc-intake__actions">
        <Link className="cc-button cc-button--secondary" to="/">
          Cancel
        </Link>
        <Button type="submit" variant="primary" isDisabled={saving}>
          {saving ? 'Admitting…' : 'Admit client'}
        </Button>
      </div>
    </form>
  );
}
