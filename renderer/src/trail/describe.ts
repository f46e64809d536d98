// Plain words for trail entries: what was changed (the entity, the field and, for grades, the
// criterion), where the stored codes are terse.
import type { TrailEntry } from '@contract/types';

const entityLabels: Record<string, string> = {
  grade: 'Agency grade',
  'moderated-grade': 'Agreed grade',
  moderation: 'Moderation',
  audit: 'Audit',
  finding: 'Finding',
  import: 'Import',
  allocation: 'Allocation',
  pack: 'Audit pack',
  return: 'Return',
  report: 'Report',
  recommendation: 'Recommendation',
  export: 'Export',
  trail: 'Audit trail',
};

const fieldLabels: Record<string, string> = {
  grade: 'grade',
  'agreed grade': 'grade',
  notApplicableReason: 'reason it is not applicable',
  rationale: 'why this judgement',
  evidence: 'evidence',
  overallValue: 'overall grade',
  overallRationale: 'overall reasons',
  strengths: 'strengths',
  areasForDevelopment: 'areas for development',
  differenceMade: 'difference made for the child',
  actions: 'actions',
  quoteForReport: 'quote for the report',
  kind: 'kind',
  text: 'text',
  redacted: 'a text redacted',
};

const statusWords: Record<string, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  moderated: 'Moderated',
};
const kindWords: Record<string, string> = { 'good-practice': 'Good practice', 'area-for-development': 'Area for development', theme: 'Theme' };

/** A stored value as people read it: status and kind codes in words, true/false as yes/no. */
export function displayValue(entry: TrailEntry, value: string | null): string | null {
  if (value === null) return null;
  if (entry.entity === 'audit' && entry.field === 'status') return statusWords[value] ?? value;
  if (entry.entity === 'finding' && entry.field === 'kind') return kindWords[value] ?? value;
  if (entry.entity === 'finding' && entry.field === 'quoteForReport') return value === 'true' ? 'Yes' : value === 'false' ? 'No' : value;
  if (entry.entity === 'finding' && entry.field === 'created') return value.replace(/^(good-practice|area-for-development|theme): /, (_m, kind: string) => `${kindWords[kind]}: `);
  return value;
}

/** Entities whose note is the criterion key. */
const criterionNotes = new Set(['grade', 'moderated-grade']);

export interface DescribedEntry {
  entry: TrailEntry;
  what: string;
  detail: string;
  criterion: string;
  note: string;
  from: string | null;
  to: string | null;
  caseReference: string;
}

export interface Lookups {
  criterionTitle: (key: string) => string;
  caseReference: (id: number) => string;
  auditAgency: (id: number) => string | undefined;
}

export function describeEntry(entry: TrailEntry, lookups: Lookups): DescribedEntry {
  let what = entityLabels[entry.entity] ?? entry.entity;
  if (entry.entity === 'audit' && entry.entityId !== null) {
    const agency = lookups.auditAgency(entry.entityId);
    if (agency) what = `${agency} audit`;
  }
  const isCriterionNote = criterionNotes.has(entry.entity) && !!entry.note;
  // A grade from a return or workbook notes the criterion, then the file and its SHA-256.
  const [criterionKey = '', ...rest] = entry.note.split('; ');
  return {
    entry,
    what,
    detail: fieldLabels[entry.field] ?? entry.field,
    criterion: isCriterionNote ? lookups.criterionTitle(criterionKey) : '',
    note: isCriterionNote ? rest.join('; ') : entry.note,
    from: displayValue(entry, entry.oldValue),
    to: displayValue(entry, entry.newValue),
    caseReference: entry.caseId === null ? '' : lookups.caseReference(entry.caseId),
  };
}

export function matches(described: DescribedEntry, words: string[], when: string): boolean {
  if (words.length === 0) return true;
  const { entry } = described;
  const haystack = [when, entry.actor, described.caseReference, described.what, described.detail, described.criterion, described.from ?? '', described.to ?? '', described.note]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}
