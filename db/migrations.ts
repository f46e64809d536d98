// Reads the drizzle-kit migrations committed in db/migrations (journal + SQL files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const journalSchema = z.object({
  entries: z.array(z.object({ idx: z.number().int(), tag: z.string() })),
});

export interface Migration {
  /** 1-based schema version this migration brings the database to. */
  version: number;
  tag: string;
  statements: string[];
}

export function loadMigrations(migrationsDir: string): Migration[] {
  const journal = journalSchema.parse(
    JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')),
  );
  return journal.entries
    .toSorted((a, b) => a.idx - b.idx)
    .map((entry, i) => {
      const sqlText = readFileSync(join(migrationsDir, `${entry.tag}.sql`), 'utf8');
      const statements = sqlText
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      return { version: i + 1, tag: entry.tag, statements };
    });
}
