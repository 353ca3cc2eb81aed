import { useMutation } from '@apollo/client/react';
import { CHECK_IN_SCHEDULE_LABELS, CheckInSchedule } from '@carecircle/shared/domain';
import { FormDialog, FormRadioGroup, useZodForm } from '@carecircle/web/forms';
import { z } from 'zod';
import { EPISODE_REFETCH_QUERIES, setCheckInScheduleMutation, type EpisodeClient } from './episode.queries';

const SCHEDULE_OPTIONS = Object.values(CheckInSchedule).map((schedule) => ({ value: schedule, label: CHECK_IN_SCHEDULE_LABELS[schedule] }));

const scheduleSchema = z.object({ schedule: z.enum(CheckInSchedule, { error: 'Choose a schedule' }) });

export interface CheckInScheduleDialogProps {
  client: EpisodeClient;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** How often the client is expected to check in; check-in completion is counted against it. */
export function CheckInScheduleDialog({ client, isOpen, onOpenChange }: CheckInScheduleDialogProps) {
  const form = useZodForm(scheduleSchema, { schedule: client.checkInSchedule as CheckInSchedule });
  const [setSchedule] = useMutation(setCheckInScheduleMutation, { refetchQueries: EPISODE_REFETCH_QUERIES, awaitRefetchQueries: true });
  const save = async (values: z.output<typeof scheduleSchema>) => {
    await setSchedule({ variables: { clientId: client.id, schedule: values.schedule, expectedVersion: client.version } });
  };
  return (
    <FormDialog
      title="Set check-in schedule"
      description={`Now: ${CHECK_IN_SCHEDULE_LABELS[client.checkInSchedule as CheckInSchedule]}. Check-in completion counts against this schedule.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={EPISODE_REFETCH_QUERIES}
      submitLabel="Save schedule"
    >
      <FormRadioGroup form={form} name="schedule" label="Expected check-ins" options={SCHEDULE_OPTIONS} />
    </FormDialog>
  );
}
