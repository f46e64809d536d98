// The core's half of value mapping: each value field's vocabulary, what a source value is
// recognised as without help, the distinct values of a read file with their counts (what the
// value-mapping step shows), and the one resolver that turns a source value into what is stored.
import { levelOfNeedLabels, neglectTypeLabels, sexLabels, yesNoLabels } from '../../../model/labels';
import { squash } from './result';
import {
  chosenTarget,
  distinctValues,
  indexValueMapping,
  listValueFields,
  valueFields,
  type SourceValue,
  type ValueColumn,
  type ValueField,
  type ValueMapping,
  type ValueTarget,
  type VocabularyItem,
} from '../../../model/value-mapping';
import type { Mapping } from '../../../model/case-fields';
import { ethnicities, isAbuseCategory, normaliseEthnicity, normaliseLevelOfNeed, normaliseNeglectType, normaliseSex, normaliseYesNo } from './normalise';
import type { RawTable } from './table';

const fromLabels = (labels: Record<string, string>): VocabularyItem[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The values a field can take; agencies are the event's own. */
export function vocabularyOf(field: ValueField, agencyNames: readonly string[]): VocabularyItem[] {
  switch (field) {
    case 'sex':
      return fromLabels(sexLabels);
    case 'disability':
      return fromLabels(yesNoLabels);
    case 'levelOfNeed':
      return fromLabels(levelOfNeedLabels);
    case 'neglectTypes':
      return fromLabels(neglectTypeLabels);
    case 'ethnicity':
      return ethnicities.map((e) => ({ value: e.code, label: `${e.label} (${e.code})` }));
    case 'agencies':
      return agencyNames.map((name) => ({ value: name, label: name }));
  }
}

export function vocabularies(agencyNames: readonly string[]): Record<ValueField, VocabularyItem[]> {
  return Object.fromEntries(valueFields.map((f) => [f, vocabularyOf(f, agencyNames)])) as Record<ValueField, VocabularyItem[]>;
}

/** What a value becomes when the user has not chosen: a recognised spelling, or a message. */
export type Resolution = { target: ValueTarget; recognised: boolean; note?: string } | { error: string };

const ABUSE_NOTE = 'a category of abuse, not a type of neglect';

function recognise(field: ValueField, source: string, agencyByKey: Map<string, string>): Resolution {
  const found = <T>(outcome: { ok: true; value: T } | { ok: false; message: string }, value: (v: T) => string | null): Resolution => {
    if (!outcome.ok) return { error: outcome.message };
    const v = value(outcome.value);
    return v === null ? { target: { choice: 'empty' }, recognised: true } : { target: { choice: 'value', value: v }, recognised: true };
  };
  switch (field) {
    case 'sex':
      return found(normaliseSex(source), (v) => v);
    case 'disability':
      return found(normaliseYesNo(source), (v) => v);
    case 'levelOfNeed':
      return found(normaliseLevelOfNeed(source), (v) => v);
    case 'ethnicity':
      return found(normaliseEthnicity(source), (v) => v?.code ?? null);
    case 'neglectTypes':
      // A child protection category such as "Emotional abuse" is not neglect: left out unless chosen.
      if (isAbuseCategory(source)) return { target: { choice: 'empty' }, recognised: false, note: ABUSE_NOTE };
      return found(normaliseNeglectType(source), (v) => v);
    case 'agencies': {
      const name = agencyByKey.get(squash(source));
      // Agencies involved were always free text: one the event does not have is kept as written.
      return name ? { target: { choice: 'value', value: name }, recognised: true } : { target: { choice: 'other' }, recognised: false };
    }
  }
}

/**
 * Resolves source values for one file: the user's choice where there is one, else what the value
 * is recognised as. Results are cached per distinct value (exports repeat a few values a lot).
 */
export function valueResolver(choices: ValueMapping, agencyNames: readonly string[]): (field: ValueField, source: string) => Resolution {
  const index = indexValueMapping(choices);
  const agencyByKey = new Map(agencyNames.map((name) => [squash(name), name]));
  const cache = new Map<string, Resolution>();
  return (field, source) => {
    const key = `${field}\u0000${source}`;
    let hit = cache.get(key);
    if (!hit) {
      const chosen = chosenTarget(index, field, source);
      hit = chosen ? { target: chosen, recognised: true } : recognise(field, source, agencyByKey);
      if (cache.size < 20_000) cache.set(key, hit);
    }
    return hit;
  };
}

/** More distinct values than this in one column are not listed (they are counted). */
export const MAX_VALUES_SHOWN = 300;

/** The value-mapping step's content: every mapped value column's distinct values with their suggestions. */
export function valueColumns(table: RawTable, mapping: Mapping, agencyNames: readonly string[]): ValueColumn[] {
  const resolve = valueResolver([], agencyNames);
  const columns: ValueColumn[] = [];
  for (const field of valueFields) {
    const column = mapping.find((m) => m.field === field)?.column;
    if (column === undefined) continue;
    const index = table.headers.indexOf(column);
    if (index < 0) continue;
    const distinct = distinctValues(field, table.rows.map((row) => row[index] ?? ''), table.rowNumbers);
    const values: SourceValue[] = distinct.slice(0, MAX_VALUES_SHOWN).map((d) => {
      const r = resolve(field, d.source);
      if ('error' in r) return { ...d, recognised: false, suggested: { choice: 'other' } };
      return { ...d, recognised: r.recognised, suggested: r.target, ...(r.note ? { note: r.note } : {}) };
    });
    columns.push({ field, column, list: listValueFields.includes(field), vocabulary: vocabularyOf(field, agencyNames), values, more: distinct.length - values.length });
  }
  return columns;
}
