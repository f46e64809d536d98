// What the calls about the data itself return (where it is kept, its encryption, backups,
// deletion and retention): plain interfaces, like ./types, which re-exports them.

export type KeyProtectionKind = 'given-key' | 'passphrase' | 'os-keychain';

export interface BackupInfo {
  path: string;
  fileName: string;
  kind: 'closed' | 'daily' | 'manual' | 'before-restore' | 'before-migration';
  at: string;
  bytes: number;
}

export interface DataStatus {
  databasePath: string;
  documentsDir: string;
  encrypted: boolean;
  /** e.g. "SQLCipher 4 (AES-256, HMAC-SHA512)"; null when not encrypted. */
  cipher: string | null;
  /** How the key is kept; null when the core was given a key directly (tests). */
  protection: KeyProtectionKind | null;
  keyFile: string | null;
  documentsEncrypted: boolean;
  /** The keychain this host can seal the key with (the desktop app), or null (the CLI, the browser UI). */
  keychain: string | null;
  backupsKept: number;
  lastBackup: BackupInfo | null;
  backups: BackupInfo[];
}

export interface RestoreResult {
  restoredFrom: string;
  keptAs: string;
  schemaVersion: number;
  /** Documents brought back from the backups, and those no backup holds (deleted since). */
  documents: { restored: number; missing: number };
}

export type { FreeTextKindName } from '../../model/retention';
import type { FreeTextKindName } from '../../model/retention';

export interface RetentionRow {
  eventId: number;
  name: string;
  retentionDate: string;
  basis: 'set' | 'sign-off' | 'audit date' | 'created';
  due: boolean;
  purgedAt: string | null;
}

export interface RetentionView {
  months: number;
  events: RetentionRow[];
  freeTextKinds: FreeTextKindName[];
}

export interface PurgeResult {
  eventId: number;
  cases: number;
  datesOfBirth: number;
  documents: number;
  freeTextCleared: Partial<Record<FreeTextKindName, number>>;
  trailValuesReplaced: number;
}

export interface DeletionResult {
  /** What was deleted, for the message: rows per kind ("cases": 30, "grades": 1200, ...). */
  rows: Record<string, number>;
  documentFiles: number;
}

/** Whether the key is still to be typed (the desktop's unlock screen), and what to ask for. */
export interface KeyState {
  locked: boolean;
  databasePath: string;
  /** passphrase: the key file's; new-passphrase: choose one (typed twice); recovery-key: the 64 hex digits. */
  ask?: 'passphrase' | 'new-passphrase' | 'recovery-key';
}

/** The recovery key as a file to keep apart from the computer: its first line is the key (for --key-file). */
export interface RecoveryKeyFile {
  fileName: string;
  text: string;
}
