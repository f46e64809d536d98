// The event's cases: filter, sort, choose columns, and scroll through thousands of them.
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type FilterFn,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { CaseView } from '@contract/types';
import { ageStageLabels, levelOfNeedLabels } from '@model/labels';
import { caseColumns, searchText } from './caseColumns';
import { CaseTable } from './CaseTable';
import { ColumnsMenu } from './ColumnsMenu';

interface Props {
  eventId: number;
  cases: CaseView[];
}

export function CaseList({ eventId, cases }: Props) {
  const columns = useMemo(() => caseColumns(eventId), [eventId]);
  // One lower-case string per case, so typing in the filter stays quick with 10,000 cases.
  const haystacks = useMemo(() => new Map(cases.map((c) => [c.id, searchText(c)])), [cases]);
  const globalFilterFn = useMemo<FilterFn<CaseView>>(
    () => (row, _columnId, value: string) => {
      const words = value.toLowerCase().split(/\s+/).filter(Boolean);
      const text = haystacks.get(row.original.id) ?? '';
      return words.every((w) => text.includes(w));
    },
    [haystacks],
  );
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>({});

  const table = useReactTable({
    data: cases,
    columns,
    state: { sorting, globalFilter, columnFilters, columnVisibility },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn,
    getRowId: (c) => String(c.id),
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const filterValue = (id: string) => (columnFilters.find((f) => f.id === id)?.value as string | undefined) ?? '';
  const setFilter = (id: string, value: string) =>
    setColumnFilters((filters) => [...filters.filter((f) => f.id !== id), ...(value ? [{ id, value }] : [])]);
  const shown = table.getRowModel().rows.length;

  return (
    <>
      <div className="table-controls">
        <div className="field">
          <label htmlFor="case-filter">Filter cases</label>
          <input
            id="case-filter"
            type="search"
            className="input input-medium"
            placeholder="Reference, agency, neglect type…"
            value={globalFilter}
            onChange={(e) => setGlobalFilter(e.target.value)}
          />
        </div>
        <CodeFilter id="ageStage" label="Age stage" labels={ageStageLabels} value={filterValue('ageStage')} onChange={setFilter} />
        <CodeFilter id="levelOfNeed" label="Level of need" labels={levelOfNeedLabels} value={filterValue('levelOfNeed')} onChange={setFilter} />
        <ColumnsMenu table={table} />
      </div>
      <p className="table-count" role="status">
        Showing {shown.toLocaleString('en-GB')} of {cases.length.toLocaleString('en-GB')} cases
      </p>
      {shown === 0 ? <p className="note">No cases match the filters.</p> : <CaseTable table={table} />}
    </>
  );
}

interface CodeFilterProps {
  id: string;
  label: string;
  labels: Record<string, string>;
  value: string;
  onChange: (id: string, value: string) => void;
}

function CodeFilter({ id, label, labels, value, onChange }: CodeFilterProps) {
  return (
    <div className="field">
      <label htmlFor={`filter-${id}`}>{label}</label>
      <select id={`filter-${id}`} className="input" value={value} onChange={(e) => onChange(id, e.target.value)}>
        <option value="">All</option>
        {Object.entries(labels).map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
