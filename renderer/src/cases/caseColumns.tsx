// The case table's columns: what each shows (human words for the stored codes), how it sorts,
// and what the global filter searches.
import type { ColumnDef, FilterFn, RowData } from '@tanstack/react-table';
import type { CaseView } from '@contract/types';
import { formatDateShort } from '../lib/dates';
import { ageStageLabel, levelOfNeedLabel, neglectTypeLabel, sexLabel, yesNoLabel } from '@model/labels';
import { href } from '../router';

declare module '@tanstack/react-table' {
  // Lets a column ask for right-aligned, tabular figures.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    numeric?: boolean;
    /** Long text cut with an ellipsis; the full text is in the cell's title. */
    truncate?: boolean;
  }
}

const list = (items: string[]) => items.join(', ');
const stageOrder = ['pre-birth', '0-2', '3-4', '5-11', '12-17', '18+'];

/** Exact match on the stored code, for the Age stage and Level of need selects. */
const equalsCode: FilterFn<CaseView> = (row, columnId, value) => !value || row.original[columnId as keyof CaseView] === value;

export function caseColumns(eventId: number): ColumnDef<CaseView>[] {
  return [
    {
      id: 'reference',
      size: 130,
      header: 'Reference',
      accessorKey: 'reference',
      enableHiding: false,
      cell: ({ row }) => <a href={href.caseDetail(eventId, row.original.id)}>{row.original.reference}</a>,
    },
    { id: 'sex', size: 90, header: 'Sex', accessorFn: (c) => sexLabel(c.sex) },
    {
      id: 'dateOfBirth',
      size: 125,
      header: 'Date of birth',
      accessorFn: (c) => c.dateOfBirth ?? '',
      cell: ({ row }) => formatDateShort(row.original.dateOfBirth),
    },
    {
      id: 'ageStage',
      size: 115,
      header: 'Age stage',
      // Sort by the stages' own order, not alphabetically ("12-17" is not before "3-4").
      accessorFn: (c) => (c.ageStage ? stageOrder.indexOf(c.ageStage) : -1),
      cell: ({ row }) => ageStageLabel(row.original.ageStage),
      filterFn: equalsCode,
    },
    {
      id: 'ethnicity',
      size: 105,
      header: 'Ethnicity',
      accessorFn: (c) => c.ethnicity ?? '',
      cell: ({ row }) =>
        row.original.ethnicity ? (
          <abbr title={row.original.ethnicityLabel ?? row.original.ethnicity}>{row.original.ethnicity}</abbr>
        ) : null,
    },
    { id: 'levelOfNeed', size: 160, header: 'Level of need', accessorFn: (c) => levelOfNeedLabel(c.levelOfNeed), filterFn: equalsCode },
    { id: 'neglectTypes', size: 210, header: 'Neglect types', accessorFn: (c) => list(c.neglectTypes.map(neglectTypeLabel)), meta: { truncate: true } },
    { id: 'disability', size: 105, header: 'Disability', accessorFn: (c) => yesNoLabel(c.disability) },
    { id: 'agencies', size: 230, header: 'Agencies', accessorFn: (c) => list(c.agencies), meta: { truncate: true } },
    { id: 'vulnerabilities', size: 260, header: 'Vulnerabilities', accessorFn: (c) => list(c.vulnerabilities), meta: { truncate: true } },
    {
      id: 'planStartDate',
      size: 115,
      header: 'Plan start',
      accessorFn: (c) => c.planStartDate ?? '',
      cell: ({ row }) => formatDateShort(row.original.planStartDate),
    },
    { id: 'documentCount', size: 120, header: 'Documents', accessorKey: 'documentCount', meta: { numeric: true } },
  ];
}

/** Everything a person might type to find a case, in lower case, worked out once per case. */
export function searchText(c: CaseView): string {
  return [
    c.reference,
    sexLabel(c.sex),
    c.dateOfBirth,
    formatDateShort(c.dateOfBirth),
    ageStageLabel(c.ageStage),
    c.ethnicity,
    c.ethnicityLabel,
    levelOfNeedLabel(c.levelOfNeed),
    ...c.neglectTypes.map(neglectTypeLabel),
    c.disability ? `disability ${yesNoLabel(c.disability)}` : '',
    ...c.agencies,
    ...c.vulnerabilities,
    c.planStartDate,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}
