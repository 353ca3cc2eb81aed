import { useMutation, useQuery } from '@apollo/client/react';
import { MAX_ASSIGNMENT_DAYS_AHEAD } from '@carecircle/shared/domain';
import { useSession } from '@carecircle/web/data-access';
import { FormDateField, FormDialog, FormSelect, useZodForm, zodRules } from '@carecircle/web/forms';
import { useMemo } from 'react';
import { z } from 'zod';
import { assignCareTeamMemberMutation, careTeamPickerQuery, CARE_TEAM_REFETCH_QUERIES } from './care-team.queries';
import { formatDay, latestAssignmentDay } from './care-team-labels';

export interface AssignCareTeamDialogProps {
  clientId: string;
  clientName: string;
  role: 'COUNSELOR' | 'PEER_SUPPORT';
  /** Who holds the part now, if anyone: not offered again. */
  current: { id: string; displayName: string; startedOn: string } | null;
  admissionDate: string;
  todayIso: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

function assignSchema(role: AssignCareTeamDialogProps['role'], earliest: string, latest: string) {
  return z.object({
    staffUserId: zodRules.requiredChoice(role === 'COUNSELOR' ? 'a counselor' : 'a peer worker'),
    effectiveOn: zodRules
      .isoDate('Effective date')
      .refine((value) => value === '' || value >= earliest, `Effective date cannot be before ${formatDay(earliest)}`)
      .refine((value) => value === '' || value <= latest, `Effective date can be at most ${MAX_ASSIGNMENT_DAYS_AHEAD} days ahead (${formatDay(latest)})`),
  });
}

/** The title of the dialog and of the button that opens it. */
export function assignActionLabel(role: AssignCareTeamDialogProps['role'], hasCurrent: boolean): string {
  if (role === 'COUNSELOR') return 'Change counselor';
  return hasCurrent ? 'Change peer worker' : 'Assign peer worker';
}

/**
 * A supervisor names the client's counselor or peer worker from a day; whoever held the part stops
 * that day. The server's refusals (someone deactivated, off the team, outside the program) land on
 * the field they concern and the choice stays as typed.
 */
export function AssignCareTeamDialog({ clientId, clientName, role, current, admissionDate, todayIso, isOpen, onOpenChange }: AssignCareTeamDialogProps) {
  const session = useSession();
  const earliest = current && current.startedOn > admissionDate ? current.startedOn : admissionDate;
  const latest = latestAssignmentDay(todayIso);
  const schema = useMemo(() => assignSchema(role, earliest, latest), [role, earliest, latest]);
  const form = useZodForm(schema, { staffUserId: '', effectiveOn: todayIso < earliest ? earliest : todayIso });
  const { data, loading } = useQuery(careTeamPickerQuery, { skip: !isOpen });
  const [assign] = useMutation(assignCareTeamMemberMutation, { refetchQueries: [...CARE_TEAM_REFETCH_QUERIES], awaitRefetchQueries: true });

  const me = session?.me;
  const candidates = (data?.careTeamCandidates ?? []).filter((c) => c.role === role && c.id !== current?.id);
  const options = [
    // A supervisor may carry clients themselves; the candidates list leaves them out.
    ...(role === 'COUNSELOR' && me && me.id !== current?.id ? [{ value: me.id, label: `${me.displayName} (you)` }] : []),
    ...candidates.map((c) => ({ value: c.id, label: c.displayName })),
  ];
  const label = role === 'COUNSELOR' ? 'Counselor' : 'Peer worker';
  const title = assignActionLabel(role, Boolean(current));

  const save = async (values: z.output<typeof schema>) => {
    await assign({ variables: { input: { clientId, role, staffUserId: values.staffUserId, effectiveOn: values.effectiveOn } } });
    form.reset({ staffUserId: '', effectiveOn: todayIso });
  };

  return (
    <FormDialog
      title={title}
      description={
        current
          ? `${clientName}'s ${label.toLowerCase()} now: ${current.displayName}, who stops being responsible on the effective date.`
          : `${clientName} has no ${label.toLowerCase()} yet.`
      }
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      submitLabel="Save assignment"
    >
      <FormSelect
        form={form}
        name="staffUserId"
        label={label}
        options={options}
        placeholder={loading ? 'Loading…' : role === 'COUNSELOR' ? 'Choose a counselor' : 'Choose a peer worker'}
        description={role === 'PEER_SUPPORT' ? "Peer workers of the client's program." : 'You or a counselor on your team.'}
      />
      <FormDateField form={form} name="effectiveOn" label="Effective date" min={earliest} max={latest} />
    </FormDialog>
  );
}
