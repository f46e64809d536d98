// Choosing the sample for an event: preview the cohort's columns, draw (or preview a draw), and
// read the drawn sample with its profile. The cohort stays in memory; one transaction stores the
// sampled cases, the reserves, the draw's settings and the cohort's counts per attribute value.
import { randomInt } from 'node:crypto';
import type { Db, Queryable } from '../../db/open';
import { caseRowsForEvent, prepareCaseWriters } from '../../db/queries/cases';
import * as q from '../../db/queries/sample';
import { appendTrail } from '../../db/queries/trail';
import { writeTransaction } from '../../db/write';
import { suggestMapping, type Mapping } from '../../model/case-fields';
import type { ValueMapping } from '../../model/value-mapping';
import { todayIso } from '../../model/dates';
import { UserError } from '../../model/errors';
import { sampleAttributeLabels, type SampleAttribute, type SampleSettings } from '../../model/sample';
import { requireActor } from '../audits/actor';
import { columnsForFields, storedValueList, storedValues } from '../cases/columns';
import type { CohortPreview, SampleDrawView } from '../contract/sample-types';
import { getEvent } from '../events/service';
import { cohortRecords, previewCohort, readCohortTable, readReferenceList, type Cohort } from './cohort';
import { availableAttributes, drawSample, type DrawOutcome } from './draw';
import { buildProfile } from './profile';
import { GENERATOR, SELECTION } from './select';
import { drawView } from './view';

export interface DrawRequest {
  eventId: number;
  fileName: string;
  bytes: Uint8Array;
  mapping?: Mapping;
  /** The value-mapping choices; a value without one is taken as recognised, or its row refused. */
  values?: ValueMapping;
  /** Without a seed, one is chosen at random (and stored, so the draw can be repeated). */
  settings: Omit<SampleSettings, 'seed'> & { seed?: number };
  excludeList?: { fileName: string; bytes: Uint8Array };
  dryRun?: boolean;
  suppressSmallNumbers?: boolean;
}

export const METHOD = `${GENERATOR}; ${SELECTION}; strata and cases in code-unit order of their keys and references (Scrutineer sample method 1)`;

const agencyNames = (db: Queryable, eventId: number) => getEvent(db, eventId).agencies.map((a) => a.name);

export async function previewCohortFile(db: Db, eventId: number, fileName: string, bytes: Uint8Array, mapping?: Mapping): Promise<CohortPreview> {
  const agencies = agencyNames(db, eventId);
  return previewCohort(fileName, await readCohortTable(fileName, bytes), agencies, mapping);
}

/** Refuses an event that cannot take a drawn sample. */
function checkEventTakesSample(db: Queryable, eventId: number): void {
  const event = getEvent(db, eventId);
  if (event.archivedAt) throw new UserError(`Event ${eventId} is archived; restore it before drawing a sample.`, 'ARCHIVED');
  if (q.drawForEvent(db, eventId)) throw new UserError(`Event ${eventId} already has a drawn sample: replace unsuitable cases from its reserves instead.`, 'SAMPLE_EXISTS');
  const existing = caseRowsForEvent(db, eventId).length;
  if (existing > 0) throw new UserError(`Event ${eventId} already has ${existing} case${existing === 1 ? '' : 's'}: a sample is drawn only into an event with none.`, 'SAMPLE_EXISTS');
}

/** ISO date n weeks before a date. */
function weeksBefore(iso: string, weeks: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - weeks * 7);
  return d.toISOString().slice(0, 10);
}

interface Planned {
  cohort: Cohort;
  outcome: DrawOutcome;
  settings: SampleSettings;
  measuredOn: string;
  excludeList: { fileName: string; sha256: string; references: number } | null;
}

interface Read {
  cohort: Cohort;
  measuredOn: string;
  list: { fileName: string; sha256: string; references: Set<string> } | null;
}

/** The files, read and checked in memory: no database work, so it can wait outside the write lock. */
async function readFiles(db: Db, request: DrawRequest): Promise<Read> {
  checkEventTakesSample(db, request.eventId);
  const measuredOn = getEvent(db, request.eventId).auditDate ?? todayIso();
  const table = await readCohortTable(request.fileName, request.bytes);
  const cohort = cohortRecords(request.fileName, request.bytes, table, {
    mapping: request.mapping ?? suggestMapping(table.headers),
    values: request.values ?? [],
    auditDate: measuredOn,
    agencies: agencyNames(db, request.eventId),
  });
  const list = request.excludeList ? { fileName: request.excludeList.fileName, ...readReferenceList(request.excludeList.fileName, request.excludeList.bytes) } : null;
  return { cohort, measuredOn, list };
}

/** Synchronous, so a draw plans inside the transaction that stores it: the exclusions it read still hold. */
function plan(db: Queryable, request: DrawRequest, { cohort, measuredOn, list }: Read): Planned {
  checkEventTakesSample(db, request.eventId);
  const settings: SampleSettings = { ...request.settings, seed: request.settings.seed ?? randomInt(1, 1_000_000) };
  const fields = cohort.mapping.map((m) => m.field);
  if (settings.excludeRecentWeeks !== null && !fields.includes('planStartDate')) {
    throw new UserError('Cannot leave out recent plans: no column of the cohort file is mapped to Plan start date.', 'BAD_STRATA');
  }
  const outcome = drawSample(cohort.records, availableAttributes(fields), settings, {
    previous: settings.excludePrevious ? q.otherEventsReferences(db, request.eventId) : new Set(),
    list: list?.references ?? new Set(),
    planStartedAfter: settings.excludeRecentWeeks === null ? null : weeksBefore(measuredOn, settings.excludeRecentWeeks),
  });
  const excludeList = list ? { fileName: list.fileName, sha256: list.sha256, references: list.references.size } : null;
  return { cohort, outcome, settings, measuredOn, excludeList };
}

function store(tx: Queryable, db: Db, eventId: number, p: Planned): void {
  const actor = requireActor(tx);
  const { cohort, outcome, settings } = p;
  const columns = columnsForFields(cohort.mapping.map((m) => m.field));
  const drawId = q.insertDraw(tx, {
    eventId,
    drawnBy: actor,
    seed: settings.seed,
    size: settings.size,
    stratify: JSON.stringify(settings.stratify),
    allocation: settings.allocation,
    minimums: JSON.stringify(settings.minimums),
    excludePrevious: settings.excludePrevious,
    excludeRecentWeeks: settings.excludeRecentWeeks,
    excludeList: p.excludeList && JSON.stringify(p.excludeList),
    reserve: settings.reserve,
    measuredOn: p.measuredOn,
    cohortFileName: cohort.fileName,
    cohortSha256: cohort.sha256,
    cohortRows: cohort.rows,
    eligible: outcome.eligible,
    excluded: JSON.stringify(outcome.excluded),
    strata: JSON.stringify(outcome.strata.map(({ label: _label, ...s }) => s)),
    mapping: JSON.stringify(cohort.mapping),
    valueMapping: JSON.stringify(cohort.values),
    method: METHOD,
  });
  // The writers run on the same connection, so they take part in this transaction.
  const writers = prepareCaseWriters(db, eventId, columns);
  const members = outcome.sample.map((d) => ({
    caseId: Number(writers.insert(d.record.reference, storedValueList(d.record, columns)).lastInsertRowid),
    drawId,
    stratum: d.stratum,
    position: d.position,
  }));
  q.insertMembers(tx, members);
  q.insertReserves(tx, outcome.reserves.map((d) => ({ drawId, stratum: d.stratum, position: d.position, reference: d.record.reference, values: JSON.stringify(storedValues(d.record, columns)) })));
  q.insertCohortCounts(tx, outcome.cohortProfile.map((c) => ({ drawId, attribute: c.attribute, value: c.value, count: c.count })));
  const how = settings.stratify.length === 0 ? 'simple random' : `stratified by ${settings.stratify.map((a: SampleAttribute) => sampleAttributeLabels[a].toLowerCase()).join(' and ')}, ${settings.allocation} allocation`;
  // Counts and settings only: no reference of the cohort, chosen or not, goes into this entry.
  appendTrail(tx, [
    {
      eventId,
      actor,
      entity: 'sample',
      entityId: drawId,
      field: 'draw',
      oldValue: null,
      newValue: `${outcome.sample.length} of ${cohort.rows} cases; seed ${settings.seed}`,
      note: `${how}; ${outcome.reserves.length} reserves; cohort file ${cohort.fileName} (SHA-256 ${cohort.sha256}); ${cohort.rows - outcome.eligible} left out by exclusions`,
    },
  ]);
}

export async function drawForEvent(db: Db, request: DrawRequest): Promise<SampleDrawView> {
  const read = await readFiles(db, request);
  const suppress = request.suppressSmallNumbers ?? true;
  if (request.dryRun) return previewView(request.eventId, plan(db, request, read), suppress);
  writeTransaction(db, (tx) => store(tx, db, request.eventId, plan(tx, request, read)));
  return getSampleView(db, request.eventId, suppress)!;
}

function previewView(eventId: number, p: Planned, suppress: boolean): SampleDrawView {
  const { outcome, settings, cohort } = p;
  const labels = new Map(outcome.strata.map((s) => [s.key, s.label]));
  return {
    eventId,
    dryRun: true,
    drawnAt: null,
    drawnBy: null,
    ...settings,
    excludeList: p.excludeList,
    measuredOn: p.measuredOn,
    cohort: { fileName: cohort.fileName, sha256: cohort.sha256, rows: cohort.rows, eligible: outcome.eligible, excluded: outcome.excluded },
    method: METHOD,
    mapping: cohort.mapping,
    values: cohort.values,
    strata: outcome.strata.map(({ values: _v, ...s }) => ({ ...s, reservesLeft: s.reserves })),
    cases: outcome.sample.map((d) => ({ reference: d.record.reference, stratum: d.stratum, stratumLabel: labels.get(d.stratum) ?? d.stratum, position: d.position, fromReserve: false })),
    replacements: [],
    profile: buildProfile(outcome.cohortProfile, outcome.sample.map((d) => d.record), settings.stratify, suppress),
  };
}

/** The event's drawn sample with its profile, or null when none was drawn. */
export function getSampleView(db: Queryable, eventId: number, suppressSmallNumbers = true): SampleDrawView | null {
  getEvent(db, eventId);
  const draw = q.drawForEvent(db, eventId);
  return draw ? drawView(db, draw, suppressSmallNumbers) : null;
}
