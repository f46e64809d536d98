// "Columns": a disclosure with a checkbox per column to show or hide it. Escape closes it and
// returns focus to the button.
import type { Table } from '@tanstack/react-table';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { CaseView } from '@contract/types';

export function ColumnsMenu({ table }: { table: Table<CaseView> }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  }

  return (
    <div className="columns-menu" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls="columns-menu-panel" onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open && (
        <fieldset id="columns-menu-panel" className="columns-panel">
          <legend>Show columns</legend>
          {table
            .getAllLeafColumns()
            .filter((c) => c.getCanHide())
            .map((column) => (
              <label key={column.id} className="checkbox">
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {String(column.columnDef.header)}
              </label>
            ))}
          <button type="button" className="button button-small" onClick={() => setOpen(false)}>
            Done
          </button>
        </fieldset>
      )}
    </div>
  );
}
