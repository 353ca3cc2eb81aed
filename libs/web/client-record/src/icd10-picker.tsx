import { useQuery } from '@apollo/client/react';
import { isIcd10CmShape, normalizeIcd10Code } from '@carecircle/shared/domain';
import { useDeferredValue } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useController, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { diagnosisCatalogQuery } from './diagnoses.queries';

export interface CatalogChoice {
  code: string;
  description: string;
}

export interface Icd10PickerProps<T extends FieldValues, C, O extends FieldValues> {
  form: UseFormReturn<T, C, O>;
  name: Path<T>;
  label: string;
  /** Called when a catalog entry is chosen, so the dialog can offer its description. */
  onCatalogChoice?: (choice: CatalogChoice) => void;
}

/**
 * The ICD-10-CM code field: a React Aria combo box over the server's catalog of common codes
 * (searched by code or by words, "anxiety"), which also takes any well-shaped code typed in full.
 * The field's value is what is typed; choosing an entry puts its code there.
 */
export function Icd10Picker<T extends FieldValues, C, O extends FieldValues>({ form, name, label, onCatalogChoice }: Icd10PickerProps<T, C, O>) {
  const { field, fieldState } = useController({ control: form.control, name });
  const typed = typeof field.value === 'string' ? field.value : '';
  // The catalog answers as the person types; a deferred value keeps typing smooth on a slow line.
  const search = useDeferredValue(typed.trim());
  const { data, previousData, error } = useQuery(diagnosisCatalogQuery, { variables: { search } });
  const entries = (data ?? previousData)?.diagnosisCatalog ?? [];
  const normalized = normalizeIcd10Code(typed);
  const known = entries.find((entry) => entry.code === normalized);
  const hint = !typed.trim()
    ? 'Type a code (F41.1) or words (anxiety), or pick from the list.'
    : known
      ? known.description
      : isIcd10CmShape(typed)
        ? 'Not in the built-in catalog: give its description below.'
        : 'A letter, two digits, then optionally a dot and up to four letters or digits (F10.20).';

  return (
    <ComboBox
      className="cc-icd10-picker cc-field"
      allowsCustomValue
      menuTrigger="focus"
      items={entries}
      inputValue={typed}
      onInputChange={(value) => field.onChange(value)}
      onSelectionChange={(key) => {
        const entry = entries.find((e) => e.code === key);
        if (!entry) return;
        field.onChange(entry.code);
        onCatalogChoice?.(entry);
      }}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      name={field.name}
    >
      <Label className="cc-field__label">{label}</Label>
      <div className="cc-icd10-picker__control">
        <Input ref={field.ref} className="cc-field__input cc-icd10-picker__input" autoComplete="off" spellCheck={false} />
        <Button className="cc-icd10-picker__toggle" aria-label="Show common codes">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Text slot="description" className="cc-field__description">
        {error ? 'The catalog could not be loaded; type the full code.' : hint}
      </Text>
      <FieldError className="cc-field__error">{fieldState.error?.message}</FieldError>
      <Popover className="cc-icd10-picker__popover" placement="bottom start">
        <ListBox className="cc-icd10-picker__list" renderEmptyState={() => <p className="cc-icd10-picker__empty">No common code matches.</p>}>
          {(entry: CatalogChoice) => (
            <ListBoxItem id={entry.code} textValue={entry.code} className="cc-icd10-picker__option">
              <span className="cc-icd10-picker__code">{entry.code}</span> <span>{entry.description}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
