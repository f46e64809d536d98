// What the calls for audits across agencies return (allocation, what each agency still owes):
// plain interfaces, like ./types, which re-exports them.

export interface AllocationAgency {
  id: number;
  name: string;
  auditor: string;
  allocated: number;
}

export interface AllocationCase {
  caseId: number;
  reference: string;
  agenciesInvolved: string[];
  /** Agency ids that audit this case. */
  allocated: number[];
  /** Agency ids the default would give; differences from `allocated` are the facilitator's choices. */
  byDefault: number[];
}

export interface AllocationView {
  eventId: number;
  deadline: string | null;
  agencies: AllocationAgency[];
  cases: AllocationCase[];
}

export interface AllocationChange {
  caseId: number;
  agencyId: number;
  allocated: boolean;
}

export interface OutstandingAgency {
  agencyId: number;
  name: string;
  auditor: string;
  allocated: number;
  submitted: number;
  inProgress: number;
  outstanding: number;
  outstandingReferences: string[];
  overdue: boolean;
  chaser: string;
}

export interface Outstanding {
  eventId: number;
  deadline: string | null;
  today: string;
  agencies: OutstandingAgency[];
}

/** A field that differs between this install's audit and the incoming one, in words. */
export interface Difference {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

export type AuditChange = 'new' | 'changed' | 'unchanged' | 'conflict';

/** One audit in an incoming file, as the preview shows it. */
export interface AuditPreview {
  /** Names this audit in a resolution: reference and auditor. */
  key: string;
  reference: string;
  caseId: number;
  auditor: string;
  change: AuditChange;
  /** Why it is a conflict. */
  reason: string;
  differences: Difference[];
}

export type FileStatus = 'ready' | 'applied' | 'unchanged' | 'stale' | 'refused' | 'conflict';

/** A return, workbook or spreadsheet return: checked, previewed, or applied. */
export interface FilePreview {
  file: string;
  sha256: string;
  kind: 'return' | 'workbook' | 'spreadsheet' | 'unknown';
  status: FileStatus;
  message: string;
  agency: string;
  auditor: string;
  revision: number | null;
  new: number;
  changed: number;
  unchanged: number;
  conflicts: AuditPreview[];
  audits: AuditPreview[];
}

/** A conflict's resolution: keep this install's version, or take the incoming one. */
export type Resolution = 'mine' | 'theirs';

export interface PackListing {
  packs: { id: string; kind: 'pack' | 'workbook'; agencyId: number; agency: string; auditor: string; caseCount: number; createdAt: string; createdBy: string; superseded: boolean; lastRevision: number }[];
  imports: { id: number; fileName: string; agency: string; auditor: string; revision: number | null; summary: string; importedAt: string; importedBy: string; sha256: string }[];
}

/** On an auditor's install: the pack a local event was opened from. */
export interface LocalPack {
  agency: string;
  auditor: string;
  deadline: string | null;
  revision: number;
  packId: string;
}
