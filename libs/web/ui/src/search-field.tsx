import {
  Button as AriaButton,
  Input,
  Label,
  SearchField as AriaSearchField,
  type SearchFieldProps as AriaSearchFieldProps,
} from 'react-aria-components';

export interface SearchFieldProps extends Omit<AriaSearchFieldProps, 'className' | 'children'> {
  label: string;
  placeholder?: string;
}

/** A labelled search box; Escape or the clear button empties it. */
export function SearchField({ label, placeholder, ...props }: SearchFieldProps) {
  return (
    <AriaSearchField {...props} className="cc-field cc-search">
      <Label className="cc-field__label">{label}</Label>
      <div className="cc-search__box">
        <Input className="cc-field__input" placeholder={placeholder} />
        <AriaButton className="cc-search__clear" aria-label="Clear">
          ×
        </AriaButton>
      </div>
    </AriaSearchField>
  );
}
