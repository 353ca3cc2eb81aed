import { useMutation } from '@apollo/client/react';
import { MeasureInstrument, measureForm } from '@carecircle/shared/domain';
import { organizationTodayIso, type MeasureResultFragment } from '@carecircle/web/data-access';
import { FormDateField, FormDialog, FormSelect, useZodForm } from '@carecircle/web/forms';
import { useEffect, useRef } from 'react';
import {
  ADMINISTERED_INSTRUMENTS,
  MeasureItemFields,
  administerMeasureSchema,
  blankAnswers,
  type AdministerMeasureForm,
} from './administer-measure-form';
import { administerMeasureMutation } from './administer-measure.mutation';

export interface AdministerMeasureDialogProps {
  clientId: string;
  clientName: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** The instrument chosen when the dialog opens, e.g. from an empty chart's button. */
  initialInstrument?: MeasureInstrument;
  /** The server's scored result, shown on the record at once. */
  onAdministered: (result: MeasureResultFragment) => void;
}

const INSTRUMENT_OPTIONS = ADMINISTERED_INSTRUMENTS.map((instrument) => {
  const form = measureForm(instrument);
  return { value: instrument, label: `${form.name} — ${form.title}` };
});

/**
 * Give a PHQ-9, GAD-7, BARC-10 or BAM item by item: the published wording and answer choices of
 * each item on screen, answers sent as given, the server scores them. A refused answer shows on its
 * item and nothing typed is lost. The measures charts and the risk flags refresh after a save.
 */
export function AdministerMeasureDialog({
  clientId,
  clientName,
  isOpen,
  onOpenChange,
  initialInstrument = MeasureInstrument.PHQ_9,
  onAdministered,
}: AdministerMeasureDialogProps) {
  const form: AdministerMeasureForm = useZodForm(administerMeasureSchema, {
    instrument: initialInstrument,
    administeredOn: organizationTodayIso(),
    answers: blankAnswers(initialInstrument),
  });
  const instrument = form.watch('instrument') as MeasureInstrument;

  // A new instrument has other items: start its answers empty rather than carry numbers across.
  const shown = useRef(instrument);
  useEffect(() => {
    if (shown.current === instrument) return;
    shown.current = instrument;
    form.setValue('answers', blankAnswers(instrument));
    form.clearErrors('answers');
  }, [form, instrument]);

  // Each opening starts a fresh administration of the instrument asked for.
  useEffect(() => {
    if (!isOpen) return;
    shown.current = initialInstrument;
    form.reset({ instrument: initialInstrument, administeredOn: organizationTodayIso(), answers: blankAnswers(initialInstrument) });
  }, [form, isOpen, initialInstrument]);

  const [administer] = useMutation(administerMeasureMutation, {
    // The charts and the record's risk flags (PHQ-9 item 9 raises an urgent one) read the new administration.
    refetchQueries: ['ClientMeasures', 'ClientRecord'],
    awaitRefetchQueries: false,
  });

  return (
    <FormDialog
      title="Administer a measure"
      description={`Answers as ${clientName} gives them; the score and band are worked out when you save.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      size="wide"
      submitLabel="Save and score"
      busyLabel="Scoring…"
      onSubmit={async (values) => {
        const { data } = await administer({ variables: { input: { clientId, ...values } } });
        if (data) onAdministered(data.administerMeasure);
      }}
    >
      <div className="cc-measure-form__meta">
        <FormSelect form={form} name="instrument" label="Measure" options={INSTRUMENT_OPTIONS} />
        <FormDateField form={form} name="administeredOn" label="Date given" max={organizationTodayIso()} />
      </div>
      <MeasureItemFields key={instrument} form={form} instrument={instrument} />
    </FormDialog>
  );
}
