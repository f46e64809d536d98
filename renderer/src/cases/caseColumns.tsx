// The case table's columns: what each shows (human words for the stored codes), how it sorts,
// and what the global filter searches.
import type { ColumnDef, FilterFn, RowData } from '@tanstack/react-table';
import type { CaseView } from '../../../core/cases/columns';
import { formatDateShort } from '../lib/dates';
import { ageStageLabel, levelOfNeedLabel, neglectTypeLabel, sexLabel, yesNoLabel } from '../lib/labels';
import { href } from '../router';

declare module '@tanstack/react-table' {
  // Lets a column ask for right-aligned, tabular figures.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    numeric?: boolean;
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
      header: 'Reference',
      accessorKey: 'reference',
      enableHiding: false,
      cell: ({ row }) => <a href={href.caseDetail(eventId, row.original.id)}>{row.original.reference}</a>,
    },
    { id: 'sex', header: 'Sex', accessorFn: (c) => sexLabel(c.sex) },
    {
      id: 'dateOfBirth',
      header: 'Date of birth',
      accessorFn: (c) => c.dateOfBirth ?? '',
      cell: ({ row }) => formatDateShort(row.original.dateOfBirth),
    },
    {
      id: 'ageStage',
      header: 'Age stage',
      // Sort by the stages' own order, not alphabetically ("12-17" is not before "3-4").
      accessorFn: (c) => (c.ageStage ? stageOrder.indexOf(c.ageStage) : -1),
      cell: ({ row }) => ageStageLabel(row.original.ageStage),
      filterFn: equalsCode,
    },
    {
      id: 'ethnicity',
      header: 'Ethnicity',
      accessorFn: (c) => c.ethnicity ?? '',
      cell: ({ row }) =>
        row.original.ethnicity ? (
          <abbr title={row.original.ethnicityLabel ?? row.original.ethnicity}>{row.original.ethnicity}</abbr>
        ) : null,
    },
    { id: 'levelOfNeed', header: 'Level of need', accessorFn: (c) => levelOfNeedLabel(c.levelOfNeed), filterFn: equalsCode },
    { id: 'neglectTypes', header: 'Neglect types', accessorFn: (c) => list(c.neglectTypes.map(neglectTypeLabel)) },
    { id: 'disability', header: 'Disability', accessorFn: (c) => yesNoLabel(c.disability) },
    { id: 'agencies', header: 'Agencies', accessorFn: (c) => list(c.agencies) },
    { id: 'vulnerabilities', header: 'Vulnerabilities', accessorFn: (c) => list(c.vulnerabilities) },
    {
      id: 'planStartDate',
      header: 'Plan start',
      accessorFn: (c) => c.planStartDate ?? '',
      cell: ({ row }) => formatDateShort(row.original.planStartDate),
    },
    { id: 'documentCount', header: 'Documents', accessorKey: 'documentCount', meta: { numeric: true } },
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
