// What the calls about frameworks return. Plain interfaces, like ./types, which re-exports them.
import type { FrameworkDefinition } from '../../model/framework';

export interface FrameworkListItem {
  key: string;
  builtin: boolean;
  version: number;
  name: string;
  description: string;
  criteriaCount: number;
  versionCount: number;
  eventCount: number;
  updatedAt: string;
}

export interface FrameworkDetail {
  framework: FrameworkDefinition;
  builtin: boolean;
  /** Events that use this version. */
  eventCount: number;
  versions: { version: number; name: string; createdAt: string; eventCount: number }[];
}

export type SaveOutcome = 'created' | 'new-version' | 'updated' | 'unchanged';

export interface SaveResult {
  key: string;
  version: number;
  outcome: SaveOutcome;
}
