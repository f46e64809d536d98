// Events as far as frameworks need them: which version each event pinned when it was created.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { events, frameworks, frameworkVersions } from '../schema';

export function insertEvent(db: Db, name: string, frameworkVersionId: number): number {
  return db.insert(events).values({ name, frameworkVersionId }).returning({ id: events.id }).get().id;
}

export function listEvents(db: Db) {
  return db
    .select({
      id: events.id,
      name: events.name,
      createdAt: events.createdAt,
      frameworkKey: frameworks.key,
      frameworkName: frameworkVersions.name,
      frameworkVersion: frameworkVersions.version,
    })
    .from(events)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, events.frameworkVersionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .orderBy(desc(events.createdAt), desc(events.id))
    .all();
}
