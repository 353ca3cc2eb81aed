import type { StaffRole } from '@carecircle/web/data-access';
import { useMemo, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover, type Selection } from 'react-aria-components';
import {
  columnsForRole,
  orderColumns,
  readChosenColumns,
  saveChosenColumns,
  type CaseloadColumn,
  type CaseloadColumnId,
} from './caseload-columns';

/** The columns this browser shows for the role, remembered in localStorage; the name is always in. */
export function useChosenColumns(role: StaffRole): [readonly CaseloadColumn[], (ids: readonly CaseloadColumnId[]) => void] {
  const [chosen, setChosen] = useState(() => ({ role, ids: readChosenColumns(role) }));
  // A different person signing in on the same page gets their own role's choice.
  const ids = chosen.role === role ? chosen.ids : readChosenColumns(role);
  const choose = (next: readonly CaseloadColumnId[]) => {
    const ordered = orderColumns(['name', ...next]);
    saveChosenColumns(role, ordered);
    setChosen({ role, ids: ordered });
  };
  // The same array while the choice stands, so the memoized table is not rendered again for nothing.
  const columns = useMemo(() => {
    const shown = new Set(ids);
    return columnsForRole(role).filter((column) => shown.has(column.id));
  }, [role, ids]);
  return [columns, choose];
}

export interface ColumnPickerProps {
  role: StaffRole;
  columns: readonly CaseloadColumn[];
  onChange: (ids: readonly CaseloadColumnId[]) => void;
}

/** "Columns": a menu of checkable columns. The client's name is not offered: every row needs it. */
export function ColumnPicker({ role, columns, onChange }: ColumnPickerProps) {
  const options = columnsForRole(role).filter((column) => column.id !== 'name');
  const selected = new Set<CaseloadColumnId>(columns.map((column) => column.id));
  const shownCount = options.filter((column) => selected.has(column.id)).length;
  function onSelectionChange(selection: Selection) {
    const ids = selection === 'all' ? options.map((column) => column.id) : ([...selection] as CaseloadColumnId[]);
    onChange(ids);
  }
  return (
    <MenuTrigger>
      <Button className="cc-button cc-button--secondary cc-column-picker__button">
        Columns{' '}
        <span className="cc-column-picker__count">
          ({shownCount} of {options.length})
        </span>
      </Button>
      <Popover className="cc-column-picker__popover" placement="bottom end">
        <Menu
          className="cc-column-picker__menu"
          aria-label="Columns to show"
          selectionMode="multiple"
          selectedKeys={selected}
          onSelectionChange={onSelectionChange}
        >
          {options.map((column) => (
            <MenuItem key={column.id} id={column.id} className="cc-column-picker__item" textValue={column.label}>
              {({ isSelected }) => (
                <>
                  <span className="cc-column-picker__check" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {column.label}
                </>
              )}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
