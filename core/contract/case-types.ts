// What the calls about cases, their import and their documents return. Plain interfaces, like
// ./types, which re-exports them.
import type { Mapping, NameLikeReferences } from '../../model/case-fields';
import type { ValueColumn, ValueTally } from '../../model/value-mapping';

export interface CaseRecord {
  reference: string;
  /** A vocabulary code (male, female, unborn, unknown), or the file's own words when kept as other. */
  sex: string | null;
  dateOfBirth: string | null;
  ageAtAudit: number | null;
  ethnicityCode: string | null;
  ethnicityLabel: string | null;
  ethnicityGroup: string | null;
  /** yes, no, unknown, or the file's own words when kept as other. */
  disability: string | null;
  levelOfNeed: string | null;
  neglectTypes: string[];
  vulnerabilities: string[];
  agencies: string[];
  planStartDate: string | null;
  notes: string | null;
  ageStage: string | null;
}

export interface RowError {
  /** 1 = the first data row after the header. */
  row: number;
  /** The file's column header; '' when the problem is the row as a whole. */
  column: string;
  message: string;
}

export interface ImportOutcome {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: RowError[];
  /** Values changed or left out on rows that are still imported (e.g. a category of abuse among neglect types). */
  warnings: RowError[];
  /** Per mapped value column, how its values were taken on the rows imported: mapped, kept as other, left empty. */
  values: ValueTally[];
  /** Case references that look like personal names, to warn before import; null when none do. */
  referenceNames: NameLikeReferences | null;
  /** True when invalid rows stopped the import and nothing was written. */
  refused: boolean;
  dryRun: boolean;
  rowsRead: number;
  mapping: Mapping;
}

export interface ImportPreview {
  headers: string[];
  /** The first rows as read, to help the user confirm the mapping. Never stored. */
  sample: string[][];
  suggested: Mapping;
  remembered: Mapping | null;
  mapping: Mapping;
  mappingProblems: string[];
  /** The value-mapping step: each mapped column with a vocabulary, its distinct values and suggestions. */
  values: ValueColumn[];
  records: { row: number; record: CaseRecord; action: 'new' | 'update' | 'unchanged' }[];
  outcome: ImportOutcome | null;
}

export interface CaseView {
  id: number;
  reference: string;
  sex: string | null;
  dateOfBirth: string | null;
  ageAtAudit: number | null;
  ageStage: string | null;
  ethnicity: string | null;
  ethnicityLabel: string | null;
  ethnicityGroup: string | null;
  disability: string | null;
  levelOfNeed: string | null;
  neglectTypes: string[];
  vulnerabilities: string[];
  agencies: string[];
  planStartDate: string | null;
  notes: string | null;
  documentCount: number;
}

export interface CaseDocument {
  id: number;
  caseId: number;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  addedAt: string;
}

export interface CaseDetail extends CaseView {
  eventId: number;
  documents: CaseDocument[];
}
