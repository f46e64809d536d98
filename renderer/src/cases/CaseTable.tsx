// The case table itself: a real <table> whose body is virtualised (only the rows in view, plus a
// few, are in the page; padding rows keep the scroll height), so 10,000 cases scroll smoothly.
// Headers are sort buttons with aria-sort; aria-rowcount/aria-rowindex tell screen readers
// where they are in the whole list.
import { flexRender, type Header, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CaseView } from '@contract/types';

const ROW_ESTIMATE = 36;

export function CaseTable({ table }: { table: Table<CaseView> }) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const columnCount = table.getVisibleLeafColumns().length;
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    // The scroll box is focusable so keyboard users can scroll it with the arrow keys.
    <div ref={scroller} className="case-scroller" tabIndex={0} role="region" aria-label="Cases (scrollable)">
      {/* Fixed layout and one-line cells: rows keep one height and columns do not jump as rows scroll in. */}
      <table className="data-table case-table" aria-rowcount={rows.length + 1} style={{ width: table.getVisibleLeafColumns().reduce((n, c) => n + c.getSize(), 0) }}>
        <caption className="visually-hidden">Cases in this event; select a column heading to sort.</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr className="pad-row" aria-hidden="true">
              <td colSpan={columnCount} className="pad-cell" style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr key={row.id} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                {row.getVisibleCells().map((cell) =>
                  cell.column.id === 'reference' ? (
                    <th key={cell.id} scope="row">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </th>
                  ) : (
                    <td
                      key={cell.id}
                      className={cell.column.columnDef.meta?.numeric ? 'num' : undefined}
                      title={cell.column.columnDef.meta?.truncate ? String(cell.getValue() ?? '') : undefined}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr className="pad-row" aria-hidden="true">
              <td colSpan={columnCount} className="pad-cell" style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader({ header }: { header: Header<CaseView, unknown> }) {
  const sorted = header.column.getIsSorted();
  const label = flexRender(header.column.columnDef.header, header.getContext());
  return (
    <th
      scope="col"
      className={header.column.columnDef.meta?.numeric ? 'num' : undefined}
      style={{ width: header.getSize() }}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
        {label}
        <span className="sort-icon" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
