import {
  MeasureInstrument,
  describeValidAnswer,
  isValidItemAnswer,
  measureForm,
  type MeasureItem,
} from '@carecircle/shared/domain';
import { organizationTodayIso } from '@carecircle/web/data-access';
import { FormNumberField, FormRadioGroup, zodRules } from '@carecircle/web/forms';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';

/** The instruments in the order a counselor picks them. */
export const ADMINISTERED_INSTRUMENTS = [
  MeasureInstrument.PHQ_9,
  MeasureInstrument.GAD_7,
  MeasureInstrument.BARC_10,
  MeasureInstrument.BAM,
] as const;

/** A radio answer is a string, a day count a number; not answered yet is empty. */
type RawAnswer = string | number | null | undefined;

const isUnanswered = (raw: RawAnswer) => raw === null || raw === undefined || raw === '' || (typeof raw === 'number' && Number.isNaN(raw));

/** What the form says when an item is left out: the same words for the screen and the error. */
function missingMessage(item: MeasureItem): string {
  return item.kind === 'DAYS'
    ? `Enter the number of ${item.unit} (0–${item.maxDays}) for item ${item.number}`
    : `Choose an answer for item ${item.number}`;
}

/**
 * The form's rules, from the instrument's published form in @carecircle/shared/domain: every item
 * answered, each answer one of the item's choices or a day count 0–30, as the server checks them.
 * The output is what `administerMeasure` takes: answers as numbers in form order.
 */
export const administerMeasureSchema = z
  .object({
    instrument: z.enum(ADMINISTERED_INSTRUMENTS),
    administeredOn: zodRules.isoDate('Date given'),
    answers: z.array(z.union([z.string(), z.number()]).nullish()),
  })
  .superRefine((values, ctx) => {
    if (values.administeredOn > organizationTodayIso()) {
      ctx.addIssue({ code: 'custom', path: ['administeredOn'], message: 'Date given cannot be in the future' });
    }
    measureForm(values.instrument).items.forEach((item, i) => {
      const raw = values.answers[i];
      if (isUnanswered(raw)) {
        ctx.addIssue({ code: 'custom', path: ['answers', i], message: missingMessage(item) });
      } else if (!isValidItemAnswer(item, Number(raw))) {
        ctx.addIssue({ code: 'custom', path: ['answers', i], message: `Item ${item.number} must be ${describeValidAnswer(item)}` });
      }
    });
  })
  .transform((values) => ({
    instrument: values.instrument,
    administeredOn: values.administeredOn,
    answers: measureForm(values.instrument).items.map((_, i) => Number(values.answers[i])),
  }));

export type AdministerMeasureValues = z.input<typeof administerMeasureSchema>;
export type AdministerMeasureForm = UseFormReturn<AdministerMeasureValues, unknown, z.output<typeof administerMeasureSchema>>;

/** No answer yet for each item of the instrument. */
export function blankAnswers(instrument: MeasureInstrument): RawAnswer[] {
  return measureForm(instrument).items.map(() => null);
}

/**
 * Every item of the chosen instrument with its published wording: a radio group of the answer
 * choices, or a whole-number box for a day count. Field names are `answers.<position>`, the names
 * the server uses when it refuses an answer, so its refusal lands on the item.
 */
export function MeasureItemFields({ form, instrument }: { form: AdministerMeasureForm; instrument: MeasureInstrument }) {
  const definition = measureForm(instrument);
  return (
    <fieldset className="cc-measure-form__items">
      <legend className="cc-measure-form__stem">
        {definition.name}: {definition.stem}
      </legend>
      <ol className="cc-measure-form__list">
        {definition.items.map((item, i) => (
          <li key={`${instrument}-${item.number}`} className="cc-measure-form__item" data-item={item.number}>
            {item.kind === 'CHOICE' ? (
              <FormRadioGroup
                form={form}
                name={`answers.${i}`}
                label={`${item.number}. ${item.text}`}
                options={item.choices.map((c) => ({ value: String(c.value), label: c.label }))}
                inline={item.choices.length <= 6}
              />
            ) : (
              <FormNumberField
                form={form}
                name={`answers.${i}`}
                label={`${item.number}. ${item.text}`}
                description={
                  item.scored ? `Number of ${item.unit}, 0–${item.maxDays}.` : `Number of days, 0–${item.maxDays}. Recorded, not scored.`
                }
                min={0}
                max={item.maxDays}
              />
            )}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
