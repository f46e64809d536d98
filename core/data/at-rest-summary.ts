// What the report's method section says about the data itself: where it is kept, whether it is
// encrypted, the last backup and the event's retention date.
import { dirname } from 'node:path';
import type { OpenedDatabase } from '../../db/open';
import { listBackups } from '../../db/rotation';
import { retentionSchedule } from './retention';

export interface DataAtRestFacts {
  folder: string;
  encrypted: boolean;
  lastBackup: string | null;
  retentionDate: string | null;
  retentionBasis: string | null;
}

export function dataAtRestFacts(store: OpenedDatabase, eventId: number): DataAtRestFacts {
  const backups = store.path === ':memory:' ? [] : listBackups(store.path);
  const retention = retentionSchedule(store).find((r) => r.eventId === eventId);
  return {
    folder: store.path === ':memory:' ? '(in memory)' : dirname(store.path),
    encrypted: store.key !== null,
    lastBackup: backups.find((b) => b.kind !== 'before-migration')?.at ?? backups[0]?.at ?? null,
    retentionDate: retention?.retentionDate ?? null,
    retentionBasis: retention ? (retention.basis === 'set' ? 'a date set for this event' : `${retention.basis === 'sign-off' ? 'the last moderation sign-off' : `the ${retention.basis}`} plus the retention period`) : null,
  };
}
