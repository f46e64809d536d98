// What every contract call returns: plain interfaces, free of the database and of Node, so the
// renderer (and anything else on the far side of a transport) can import them. Services map
// their rows onto these; what is not here does not cross the boundary.

export type * from './exchange-types';
export type * from './data-types';
export type * from './sample-types';
export type * from './event-types';
export type * from './case-types';
export type * from './audit-types';
export type * from './findings-types';
export type * from './disclosure-types';
export type * from './framework-types';
export type * from './safeguarding-types';

export interface AppInfo {
  appVersion: string;
  databasePath: string;
  schemaVersion: number;
  transport: 'electron' | 'web' | 'cli';
  backupPath: string | null;
}

export interface Settings {
  userName: string;
}
