// Case import use cases: preview (nothing written) and import (one transaction). By default a
// file with any invalid row imports nothing; `validOnly` imports the valid rows and skips the rest.
import type { Db, Queryable } from '../../db/open';
import { eventCaseMapping, updateEventRow } from '../../db/queries/events';
import { caseRowsForEvent, prepareCaseWriters, type CaseRow } from '../../db/queries/cases';
import { writeTransaction } from '../../db/write';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { buildRecords } from './import/build';
import type { CaseRecord, ImportOutcome, ImportPreview, RowError } from '../contract/types';
import type { ValueTally } from '../../model/value-mapping';
import { personalNameReferences, suggestMapping, type NameLikeReferences, validateMapping, type Mapping } from '../../model/case-fields';
import { validateValueMapping, type ValueMapping } from '../../model/value-mapping';
import { valueColumns, vocabularies } from './import/values';
import { readTableFile } from '../files/read-table';
import type { RawTable } from './import/table';
import { columnsForFields, storedValueList, storedValues } from './columns';

export interface ImportRequest {
  eventId: number;
  fileName: string;
  bytes: Uint8Array;
  /** Omitted: the mapping remembered for this event if it fits the file, else the suggestion. */
  mapping?: Mapping;
  /** The value-mapping choices; a value without one is taken as recognised, or its row refused. */
  values?: ValueMapping;
  validOnly?: boolean;
  dryRun?: boolean;
}

function rememberedMapping(db: Queryable, eventId: number): Mapping | null {
  const text = eventCaseMapping(db, eventId);
  return text ? (JSON.parse(text) as Mapping) : null;
}

function chooseMapping(db: Queryable, eventId: number, headers: string[], given?: Mapping): Mapping {
  if (given) return given;
  const remembered = rememberedMapping(db, eventId);
  if (remembered && validateMapping(headers, remembered).length === 0) return remembered;
  return suggestMapping(headers);
}

interface Plan {
  table: RawTable;
  mapping: Mapping;
  records: { row: number; record: CaseRecord }[];
  errors: RowError[];
  warnings: RowError[];
  values: ValueTally[];
  referenceNames: NameLikeReferences | null;
  actions: ('new' | 'update' | 'unchanged')[];
  columns: ReturnType<typeof columnsForFields>;
}

/** Synchronous, so an import plans inside the transaction that writes: what it read still holds. */
function plan(db: Queryable, request: ImportRequest, table: RawTable): Plan {
  const event = getEvent(db, request.eventId);
  if (event.archivedAt) throw new UserError(`Event ${event.id} is archived; restore it before importing cases.`, 'ARCHIVED');
  const mapping = chooseMapping(db, request.eventId, table.headers, request.mapping);
  const problems = validateMapping(table.headers, mapping);
  if (problems.length > 0) throw new UserError(`The column mapping cannot be used: ${problems.join('; ')}`, 'BAD_MAPPING');
  const agencies = event.agencies.map((a) => a.name);
  const valueProblems = validateValueMapping(request.values ?? [], vocabularies(agencies));
  if (valueProblems.length > 0) throw new UserError(`The value mapping cannot be used: ${valueProblems.join('; ')}`, 'BAD_MAPPING');
  const { records, errors, warnings, values } = buildRecords(table, mapping, { auditDate: event.auditDate ?? undefined, values: request.values, agencies });
  const columns = columnsForFields(mapping.map((m) => m.field));
  const existing = new Map<string, CaseRow>(caseRowsForEvent(db, request.eventId).map((r) => [r.reference, r]));
  const actions = records.map(({ record }) => {
    const row = existing.get(record.reference);
    if (!row) return 'new' as const;
    const values = storedValues(record, columns);
    return columns.every((c) => (row[c] ?? null) === values[c]) ? ('unchanged' as const) : ('update' as const);
  });
  const referenceIndex = table.headers.indexOf(mapping.find((m) => m.field === 'reference')!.column);
  const referenceNames = personalNameReferences(table.rows.map((row) => row[referenceIndex] ?? ''), table.rowNumbers);
  return { table, mapping, records, errors, warnings, values, referenceNames, actions, columns };
}

function summarise(p: Plan, request: ImportRequest, written: boolean): ImportOutcome {
  const refused = p.errors.length > 0 && !request.validOnly;
  const count = (a: string) => (refused ? 0 : p.actions.filter((x) => x === a).length);
  const invalidRows = new Set(p.errors.map((e) => e.row)).size;
  return {
    imported: count('new'),
    updated: count('update'),
    unchanged: count('unchanged'),
    skipped: refused ? 0 : invalidRows,
    errors: p.errors,
    warnings: p.warnings,
    values: p.values,
    referenceNames: p.referenceNames,
    refused,
    dryRun: !written,
    rowsRead: p.table.rows.length,
    mapping: p.mapping,
  };
}

export async function previewCaseImport(db: Db, request: Omit<ImportRequest, 'dryRun'>): Promise<ImportPreview> {
  const table = await readTableFile(request.fileName, request.bytes);
  const suggested = suggestMapping(table.headers);
  const remembered = rememberedMapping(db, request.eventId);
  const mapping = chooseMapping(db, request.eventId, table.headers, request.mapping);
  const mappingProblems = validateMapping(table.headers, mapping);
  const base = { headers: table.headers, sample: table.rows.slice(0, 5), suggested, remembered, mapping, mappingProblems, values: [] };
  if (mappingProblems.length > 0) return { ...base, records: [], outcome: null };
  const agencies = getEvent(db, request.eventId).agencies.map((a) => a.name);
  const p = plan(db, { ...request, mapping }, table);
  return {
    ...base,
    values: valueColumns(table, mapping, agencies),
    records: p.records.slice(0, 200).map((r, i) => ({ ...r, action: p.actions[i]! })),
    outcome: summarise(p, request, false),
  };
}

export async function importCases(db: Db, request: ImportRequest): Promise<ImportOutcome> {
  // Reading the file touches no database; everything after it happens under the write lock, so two
  // imports of the same file at once end as one after the other would.
  const table = await readTableFile(request.fileName, request.bytes);
  if (request.dryRun) return summarise(plan(db, request, table), request, false);
  return writeTransaction(db, (tx) => {
    const p = plan(tx, request, table);
    const outcome = summarise(p, request, true);
    if (outcome.refused) return outcome;
    // The writers run on the same connection, so they take part in this transaction.
    const writers = prepareCaseWriters(db, request.eventId, p.columns);
    p.records.forEach(({ record }, i) => {
      const action = p.actions[i];
      if (action === 'unchanged') return;
      const values = storedValueList(record, p.columns);
      if (action === 'new') writers.insert(record.reference, values);
      else writers.update(record.reference, values);
    });
    updateEventRow(tx, request.eventId, { caseMapping: JSON.stringify(p.mapping) });
    return outcome;
  });
}
