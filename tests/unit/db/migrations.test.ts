// The migrations in db/migrations, run through openDatabase on real files: every version is
// reachable from empty, every upgrade keeps data, a backup is kept, and files that are not ours
// (or are newer than this app) are refused without being touched.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { loadMigrations, type Migration } from '../../../db/migrations';
import { UserError } from '../../../model/errors';
import { defaultAppPaths } from '../../../core/paths';
import { getFramework, saveFramework } from '../../../core/frameworks/service';
import { createEvent, listEvents } from '../../../core/events/service';
import { findVersion, loadDefinition } from '../../../db/queries/frameworks';
import { getSettings, updateSettings } from '../../../core/settings/service';
import { sha256File, tempDbPath } from '../helpers/temp';

const { migrationsDir } = defaultAppPaths();
const all = loadMigrations(migrationsDir);

/** The tables each migration adds. A new migration without an entry here fails its test. */
const tablesAddedBy: Record<string, string[]> = {
  '0000_init': ['criteria', 'domains', 'framework_versions', 'frameworks', 'scale_levels', 'settings'],
  '0001_events': ['events'],
  '0002_events_agencies_cases': ['agencies', 'case_documents', 'cases', 'event_agencies'],
  '0003_audits_moderation_trail_findings': [
    'audits',
    'finding_cases',
    'finding_criteria',
    'findings',
    'grades',
    'moderated_grades',
    'moderations',
    'trail',
  ],
  '0004_recommendations': ['recommendation_criteria', 'recommendation_findings', 'recommendations'],
  '0005_report_narratives': ['report_narratives'],
  '0006_exchange': ['agency_auditors', 'allocations', 'event_exchange', 'identities', 'imported_returns', 'opened_packs', 'pack_baselines', 'packs'],
  '0007_data_at_rest': ['data_keys'],
  '0008_moderation_feedback': [],
  '0009_agencies_archived_fictional': [],
  '0010_sample': ['sample_cohort_counts', 'sample_draws', 'sample_members', 'sample_replacements', 'sample_reserves'],
  '0011_trail_edit_sessions': ['trail_edits'],
  '0012_scoring_escalations_themes': ['audit_themes', 'escalations', 'finding_themes', 'themes'],
  '0013_recommendation_measures': ['report_document_control'],
};

/** Rows written at the version that first has the table, to prove later migrations keep them. */
const fixtureRows: Record<string, string[]> = {
  frameworks: [`INSERT INTO frameworks (id, key, builtin, created_at) VALUES (1, 'fictional-audit', 0, '2024-01-01T00:00:00.000Z')`],
  framework_versions: [
    `INSERT INTO framework_versions (id, framework_id, version, name, description, not_applicable_label, good_or_better_from, content_hash, created_at)
     VALUES (1, 1, 1, 'Fictional audit', 'Made up for a test', 'Not applicable', 2, 'hash-1', '2024-01-01T00:00:00.000Z')`,
  ],
  scale_levels: [
    `INSERT INTO scale_levels (id, version_id, position, label, value, colour) VALUES (1, 1, 0, 'Good', 2, '#112233')`,
    `INSERT INTO scale_levels (id, version_id, position, label, value, colour) VALUES (2, 1, 1, 'Poor', 1, '#445566')`,
  ],
  domains: [`INSERT INTO domains (id, version_id, position, key, title) VALUES (1, 1, 0, 'first-domain', 'First domain')`],
  criteria: [
    `INSERT INTO criteria (id, version_id, domain_id, position, key, title, guidance) VALUES (1, 1, 1, 0, 'first-criterion', 'First criterion', '["Ask"]')`,
  ],
  settings: [`INSERT INTO settings (key, value) VALUES ('userName', 'Alex Example')`],
  events: [`INSERT INTO events (id, name, framework_version_id, created_at) VALUES (1, 'Spring audit (fictional)', 1, '2024-03-01T00:00:00.000Z')`],
  agencies: [`INSERT INTO agencies (id, name, type, created_at) VALUES (1, 'Fictional Health Trust', 'health', '2024-03-01T00:00:00.000Z')`],
  event_agencies: [`INSERT INTO event_agencies (event_id, agency_id) VALUES (1, 1)`],
  cases: [
    `INSERT INTO cases (id, event_id, reference, sex, age_stage, neglect_types, created_at)
     VALUES (1, 1, 'CASE-0001', 'F', '5-11', '["emotional"]', '2024-03-02T00:00:00.000Z')`,
  ],
  case_documents: [
    `INSERT INTO case_documents (id, case_id, file_name, stored_name, mime_type, size, sha256, created_at)
     VALUES (1, 1, 'chronology.pdf', 'doc-1.pdf', 'application/pdf', 1234, 'abc123', '2024-03-02T00:00:00.000Z')`,
  ],
  audits: [
    `INSERT INTO audits (id, event_id, case_id, agency_id, auditor, status, overall_value, created_at)
     VALUES (1, 1, 1, 1, 'Pat Example', 'submitted', 2, '2024-03-03T00:00:00.000Z')`,
  ],
  grades: [
    `INSERT INTO grades (id, audit_id, criterion_key, value, rationale, evidence, created_at)
     VALUES (1, 1, 'first-criterion', 2, 'Seen weekly.', 'Visit notes (fictional).', '2024-03-03T00:00:00.000Z')`,
  ],
  moderations: [`INSERT INTO moderations (case_id, overall_value, overall_rationale) VALUES (1, 2, 'Agreed at panel (fictional).')`],
  moderated_grades: [`INSERT INTO moderated_grades (id, case_id, criterion_key, value, rationale) VALUES (1, 1, 'first-criterion', 2, 'Agreed.')`],
  findings: [
    `INSERT INTO findings (id, event_id, kind, text, created_by, created_at)
     VALUES (1, 1, 'strength', 'Children were seen alone (fictional).', 'Pat Example', '2024-03-04T00:00:00.000Z')`,
  ],
  finding_cases: [`INSERT INTO finding_cases (finding_id, case_id) VALUES (1, 1)`],
  finding_criteria: [`INSERT INTO finding_criteria (finding_id, criterion_key) VALUES (1, 'first-criterion')`],
  recommendations: [
    `INSERT INTO recommendations (id, event_id, text, owner_agency_id, due_date, status, created_by, created_at)
     VALUES (1, 1, 'Every plan has SMART goals (fictional).', 1, '2024-09-01', 'open', 'Pat Example', '2024-03-05T00:00:00.000Z')`,
  ],
  recommendation_criteria: [`INSERT INTO recommendation_criteria (recommendation_id, criterion_key) VALUES (1, 'first-criterion')`],
  recommendation_findings: [`INSERT INTO recommendation_findings (recommendation_id, finding_id) VALUES (1, 1)`],
  report_narratives: [`INSERT INTO report_narratives (event_id, section_key, criterion_key, text, updated_by) VALUES (1, 'executive-summary', '', 'Practice is improving (fictional).', 'Pat Example')`],
  trail: [
    `INSERT INTO trail (id, event_id, case_id, at, actor, entity, entity_id, field, old_value, new_value)
     VALUES (1, 1, 1, '2024-03-03T00:00:00.000Z', 'Pat Example', 'grade', 1, 'value', NULL, '2')`,
  ],
  agency_auditors: [`INSERT INTO agency_auditors (event_id, agency_id, auditor) VALUES (1, 1, 'Pat Example')`],
  allocations: [`INSERT INTO allocations (event_id, case_id, agency_id, allocated) VALUES (1, 1, 1, 1)`],
  event_exchange: [`INSERT INTO event_exchange (event_id, uid, deadline) VALUES (1, 'fictional-uid', '2024-04-01')`],
  identities: [`INSERT INTO identities (id, secret_key, recipient, created_at) VALUES (1, 'AGE-SECRET-KEY-FICTIONAL', 'age1fictional', '2024-03-01T00:00:00.000Z')`],
  packs: [
    `INSERT INTO packs (id, event_id, agency_id, kind, secret, case_count, created_at, created_by)
     VALUES ('pack-1', 1, 1, 'pack', 'ab12', 1, '2024-03-06T00:00:00.000Z', 'Pat Example')`,
  ],
  pack_baselines: [`INSERT INTO pack_baselines (pack_id, case_id, auditor, facilitator_hash) VALUES ('pack-1', 1, 'Pat Example', 'f00d')`],
  imported_returns: [
    `INSERT INTO imported_returns (id, pack_id, sha256, file_name, auditor, imported_by, created_at)
     VALUES (1, 'pack-1', 'beef', 'return.age', 'Pat Example', 'Pat Example', '2024-03-07T00:00:00.000Z')`,
  ],
  opened_packs: [
    `INSERT INTO opened_packs (event_id, pack_id, source_uid, agency_id, secret, recipient, created_at)
     VALUES (1, 'pack-0', 'other-uid', 1, 'cd34', 'age1fictional', '2024-03-08T00:00:00.000Z')`,
  ],
  themes: [`INSERT INTO themes (id, framework_key, label, created_at) VALUES (100, 'fictional-audit', 'Fictional theme', '2024-03-10T00:00:00.000Z')`],
  audit_themes: [`INSERT INTO audit_themes (audit_id, theme_id) VALUES (1, 100)`],
  finding_themes: [`INSERT INTO finding_themes (finding_id, theme_id) VALUES (1, 100)`],
  escalations: [
    `INSERT INTO escalations (id, event_id, case_id, audit_id, raised_by, told_who, told_at, created_at)
     VALUES (1, 1, 1, 1, 'Pat Example', 'Fictional duty manager', '2024-03-10T09:30', '2024-03-10T09:40:00.000Z')`,
  ],
  report_document_control: [`INSERT INTO report_document_control (event_id, version, distribution, updated_by) VALUES (1, '0.3', 'QA subgroup (fictional)', 'Pat Example')`],
  data_keys: [`INSERT INTO data_keys (purpose, secret, created_at) VALUES ('documents', 'AGE-SECRET-KEY-FICTIONAL', '2024-03-09T00:00:00.000Z')`],
  sample_draws: [
    `INSERT INTO sample_draws (id, event_id, created_at, drawn_by, seed, size, stratify, allocation, minimums, exclude_previous, exclude_recent_weeks, exclude_list,
       reserve, measured_on, cohort_file_name, cohort_sha256, cohort_rows, eligible, excluded, strata, mapping, method)
     VALUES (1, 1, '2024-02-20T00:00:00.000Z', 'Pat Example', 7, 1, '[]', 'proportional', '[]', 0, NULL, NULL, 1, '2024-03-01', 'cohort.csv', 'c0ffee', 3, 3,
       '{"previous":0,"list":0,"recentPlan":0}', '[{"key":"all","values":{},"eligible":3,"allocated":1,"reserves":1}]', '[]', 'MT19937')`,
  ],
  sample_members: [`INSERT INTO sample_members (case_id, draw_id, stratum, position, from_reserve) VALUES (1, 1, 'all', 1, 0)`],
  sample_reserves: [`INSERT INTO sample_reserves (id, draw_id, stratum, position, reference, "values", used_at) VALUES (1, 1, 'all', 2, 'CASE-0002', '{"sex":"M"}', NULL)`],
  sample_cohort_counts: [`INSERT INTO sample_cohort_counts (draw_id, attribute, value, count) VALUES (1, 'sex', 'F', 2)`],
  sample_replacements: [
    `INSERT INTO sample_replacements (id, draw_id, created_at, actor, stratum, replaced_reference, replacement_reference, reason)
     VALUES (1, 1, '2024-02-21T00:00:00.000Z', 'Pat Example', 'all', 'CASE-0003', 'CASE-0001', 'Moved out of area (fictional).')`,
  ],
  trail_edits: [
    `INSERT INTO trail_edits (id, event_id, case_id, actor, entity, entity_id, field, note, old_value, new_value, started_at, last_at)
     VALUES (1, 1, 1, 'Pat Example', 'grade', 1, 'evidence', 'drift', '', 'Notes', '2024-03-10T00:00:00.000Z', '2024-03-10T00:01:00.000Z')`,
  ],
};
const fixtureOrder = [
  'frameworks',
  'framework_versions',
  'scale_levels',
  'domains',
  'criteria',
  'settings',
  'events',
  'agencies',
  'event_agencies',
  'cases',
  'case_documents',
  'audits',
  'grades',
  'moderations',
  'moderated_grades',
  'findings',
  'finding_cases',
  'finding_criteria',
  'recommendations',
  'recommendation_criteria',
  'recommendation_findings',
  'report_narratives',
  'trail',
  'agency_auditors',
  'allocations',
  'event_exchange',
  'identities',
  'packs',
  'pack_baselines',
  'imported_returns',
  'opened_packs',
  'data_keys',
  'sample_draws',
  'sample_members',
  'sample_reserves',
  'sample_cohort_counts',
  'sample_replacements',
  'trail_edits',
  'themes',
  'audit_themes',
  'finding_themes',
  'escalations',
  'report_document_control',
];

function tablesAt(version: number): string[] {
  return all
    .slice(0, version)
    .flatMap((m) => {
      const added = tablesAddedBy[m.tag];
      if (!added) throw new Error(`No expected tables recorded for migration ${m.tag}; add it to tablesAddedBy.`);
      return added;
    })
    .toSorted();
}

function userTables(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);
}

function readOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function dump(sqlite: Database.Database, tables: string[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

function open(path: string, migrations?: Migration[], now?: () => Date): OpenedDatabase {
  return openDatabase(path, { migrationsDir, migrations, now, key: null });
}

function expectUserError(run: () => unknown, code: string): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe(code);
    return error as UserError;
  }
  throw new Error(`expected a UserError with code ${code}, but nothing was thrown`);
}

function siblings(path: string): string[] {
  return readdirSync(dirname(path)).toSorted();
}

const sampleFramework = {
  key: 'fictional-migration-check',
  name: 'Fictional migration check',
  description: 'A made-up framework saved before an upgrade.',
  scale: {
    levels: [
      { label: 'Met', value: 2, colour: '#1b7a3e' },
      { label: 'Not met', value: 1, colour: '#b03a2e' },
    ],
    goodOrBetterFrom: 2,
  },
  domains: [{ key: 'only-domain', title: 'Only domain', criteria: [{ key: 'child-seen', title: 'Child seen', guidance: ['Seen alone?'] }] }],
};

describe('the committed migrations', () => {
  it('are numbered 1..n in journal order and each has statements', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.map((m) => m.version)).toEqual(all.map((_, i) => i + 1));
    expect(all.slice(0, 2).map((m) => m.tag)).toEqual(['0000_init', '0001_events']);
    for (const m of all) expect(m.statements.length).toBeGreaterThan(0);
  });
});

describe.each(all.map((m) => [m.version, m.tag, m] as const))('migration %i (%s)', (version, tag) => {
  it(`brings an empty file to user_version ${version} with the expected tables`, () => {
    const path = tempDbPath();
    const store = open(path, all.slice(0, version));
    try {
      expect(store.schemaVersion).toBe(version);
      expect(store.sqlite.pragma('user_version', { simple: true })).toBe(version);
      expect(userTables(store.sqlite)).toEqual(tablesAt(version));
      expect(store.backupPath).toBeNull();
    } finally {
      store.close();
    }
    expect(readOnly(path, (db) => db.pragma('user_version', { simple: true }))).toBe(version);
  });

  // Version 1 starts from an empty file, covered above; every later version upgrades a file with data.
  if (version === 1) return;
  it(`upgrades a database at ${version - 1} holding data to ${version} and keeps every row`, () => {
    const path = tempDbPath();
    const before = open(path, all.slice(0, version - 1));
    const oldTables = userTables(before.sqlite);
    const fixtureTables = fixtureOrder.filter((t) => oldTables.includes(t));
    // Every table that exists before the upgrade gets rows (a new table needs an entry in fixtureRows).
    expect(fixtureTables.toSorted(), 'every table needs rows in fixtureRows and a place in fixtureOrder').toEqual(oldTables);
    for (const t of fixtureTables) for (const statement of fixtureRows[t]!) before.sqlite.exec(statement);
    const rowsBefore = dump(before.sqlite, oldTables);
    before.close();

    const after = open(path, all.slice(0, version));
    try {
      expect(after.schemaVersion).toBe(version);
      expect(after.backupPath).not.toBeNull();
      expect(userTables(after.sqlite)).toEqual(tablesAt(version));
      const rowsAfter = dump(after.sqlite, oldTables);
      for (const t of oldTables) {
        expect(rowsBefore[t]!.length, `rows of ${t}`).toBeGreaterThan(0);
        expect(rowsAfter[t]!.length, `rows of ${t}`).toBe(rowsBefore[t]!.length);
        // Columns that existed before keep their values; new columns may be added.
        const kept = (rowsAfter[t] as Record<string, unknown>[]).map((row, i) =>
          Object.fromEntries(Object.keys((rowsBefore[t] as Record<string, unknown>[])[i] ?? row).map((c) => [c, row[c]])),
        );
        expect(kept, `rows of ${t} after ${tag}`).toEqual(rowsBefore[t]);
      }
      expect(after.sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      after.close();
    }
  });
});

describe('upgrading to 0013_recommendation_measures', () => {
  it('gives existing actions an empty success measure and no progress rating, and takes both afterwards', () => {
    const at = all.findIndex((m) => m.tag === '0013_recommendation_measures');
    const path = tempDbPath();
    const before = open(path, all.slice(0, at));
    for (const t of ['frameworks', 'framework_versions', 'events', 'agencies', 'recommendations']) for (const statement of fixtureRows[t]!) before.sqlite.exec(statement);
    before.close();
    const after = open(path, all.slice(0, at + 1));
    try {
      expect(after.sqlite.prepare('SELECT success_measure, progress_rating FROM recommendations WHERE id = 1').get()).toEqual({ success_measure: '', progress_rating: null });
      after.sqlite.prepare("UPDATE recommendations SET success_measure = 'Nine in ten plans have SMART goals', progress_rating = 'good' WHERE id = 1").run();
      expect(after.sqlite.prepare('SELECT success_measure, progress_rating FROM recommendations WHERE id = 1').get()).toEqual({ success_measure: 'Nine in ten plans have SMART goals', progress_rating: 'good' });
      expect(userTables(after.sqlite)).toContain('report_document_control');
    } finally {
      after.close();
    }
  });
});

describe('upgrading from version 1 to 2 (0001_events)', () => {
  it('keeps a framework saved through the app at version 1 and lets events use it', () => {
    const path = tempDbPath();
    const v1 = open(path, all.slice(0, 1));
    expect(saveFramework(v1.db, sampleFramework).outcome).toBe('created');
    updateSettings(v1.db, { userName: 'Sam Fictional' });
    // getFramework counts events, which version 1 has no table for; read the stored definition directly.
    const savedAtV1 = loadDefinition(v1.db, findVersion(v1.db, sampleFramework.key)!.versionId);
    expect(savedAtV1.domains[0]!.criteria[0]!.key).toBe('child-seen');
    expect(userTables(v1.sqlite)).not.toContain('events');
    v1.close();

    const v2 = open(path, all.slice(0, 2));
    try {
      expect(v2.schemaVersion).toBe(2);
      expect(loadDefinition(v2.db, findVersion(v2.db, sampleFramework.key)!.versionId)).toEqual(savedAtV1);
      expect(getSettings(v2.db)).toEqual({ userName: 'Sam Fictional' });
      const counts = v2.sqlite.prepare('SELECT (SELECT count(*) FROM criteria) AS c, (SELECT count(*) FROM scale_levels) AS s').get();
      expect(counts).toEqual({ c: 1, s: 2 });
      expect(userTables(v2.sqlite)).toContain('events');
      // The app's insert targets the latest schema, so the event is written with plain SQL here.
      const versionId = findVersion(v2.db, sampleFramework.key)!.versionId;
      v2.sqlite.prepare("INSERT INTO events (name, framework_version_id) VALUES ('Autumn audit (fictional)', ?)").run(versionId);
    } finally {
      v2.close();
    }
    // On to the latest version: the framework, the setting and the event are all still there.
    const latest = open(path);
    try {
      expect(getFramework(latest.db, sampleFramework.key).framework).toEqual(savedAtV1);
      expect(getFramework(latest.db, sampleFramework.key).eventCount).toBe(1);
      expect(listEvents(latest.db)).toMatchObject([{ name: 'Autumn audit (fictional)', frameworkKey: sampleFramework.key, frameworkVersion: 1 }]);
      createEvent(latest.db, { name: 'Winter audit (fictional)', frameworkKey: sampleFramework.key });
      expect(listEvents(latest.db)).toHaveLength(2);
    } finally {
      latest.close();
    }
  });
});

describe('backups before migrating', () => {
  it('writes <db>.v<N>-<stamp>.bak beside an existing file before migrating it, holding the old version', () => {
    const path = tempDbPath();
    const v1 = open(path, all.slice(0, 1));
    saveFramework(v1.db, sampleFramework);
    v1.close();

    const stamp = new Date('2031-02-03T04:05:06.789Z');
    const store = open(path, all, () => stamp);
    const expected = `${path}.v1-2031-02-03T04-05-06-789Z.bak`;
    try {
      expect(store.backupPath).toBe(expected);
      expect(store.schemaVersion).toBe(all.length);
    } finally {
      store.close();
    }
    expect(existsSync(expected)).toBe(true);
    expect(siblings(path)).toContain(basename(expected));
    readOnly(expected, (backup) => {
      expect(backup.pragma('user_version', { simple: true })).toBe(1);
      expect(userTables(backup)).toEqual(tablesAt(1));
      expect(backup.prepare('SELECT key FROM frameworks').all()).toEqual([{ key: sampleFramework.key }]);
    });
  });

  it('writes no backup for a brand new file', () => {
    const path = tempDbPath();
    const store = open(path);
    try {
      expect(store.backupPath).toBeNull();
      expect(store.schemaVersion).toBe(all.length);
    } finally {
      store.close();
    }
    expect(siblings(path).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('writes no backup when the file is already at the latest version', () => {
    const path = tempDbPath();
    open(path).close();
    const again = open(path);
    try {
      expect(again.backupPath).toBeNull();
    } finally {
      again.close();
    }
    expect(siblings(path).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

describe('files that are refused untouched', () => {
  it('refuses a database written by a newer app (DATABASE_TOO_NEW) without changing a byte or adding -wal/-shm', () => {
    const path = tempDbPath();
    open(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${all.length + 1}`);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    const hash = sha256File(path);
    const filesBefore = siblings(path);
    expect(filesBefore).toEqual([basename(path)]);

    const error = expectUserError(() => open(path), 'DATABASE_TOO_NEW');
    expect(error.message).toMatch(/newer version/);
    expect(error.message).toContain(String(all.length + 1));

    expect(sha256File(path)).toBe(hash);
    expect(siblings(path)).toEqual(filesBefore);
  });

  it('refuses an SQLite file of another program (user_version 0 with a table) as NOT_A_DATABASE, untouched', () => {
    const path = tempDbPath('other-program.sqlite');
    const other = new Database(path);
    other.exec("CREATE TABLE recipes (id integer primary key, name text); INSERT INTO recipes (name) VALUES ('Fictional soup');");
    other.close();
    const hash = sha256File(path);
    const filesBefore = siblings(path);

    const error = expectUserError(() => open(path), 'NOT_A_DATABASE');
    expect(error.message).toMatch(/not a Scrutineer database/);

    expect(sha256File(path)).toBe(hash);
    expect(siblings(path)).toEqual(filesBefore);
    readOnly(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(0);
      expect(userTables(db)).toEqual(['recipes']);
    });
  });

  it('refuses a file that is not SQLite at all, untouched', () => {
    const path = tempDbPath('notes.db');
    writeFileSync(path, 'These are fictional meeting notes, not a database.\n'.repeat(200));
    const hash = sha256File(path);
    const filesBefore = siblings(path);

    const error = expectUserError(() => open(path), 'NOT_A_DATABASE');
    expect(error.message).toContain(path);

    expect(sha256File(path)).toBe(hash);
    expect(siblings(path)).toEqual(filesBefore);
  });
});

describe('a migration that fails midway', () => {
  const broken = (version: number): Migration => ({
    version,
    tag: `999${version}_broken`,
    statements: ['CREATE TABLE half_done (id integer primary key)', 'CREATE TABL this is not sql', 'CREATE TABLE never_reached (id integer)'],
  });

  it('leaves an existing database at its previous version with no partial tables', () => {
    const path = tempDbPath();
    const v1 = open(path, all.slice(0, 1));
    saveFramework(v1.db, sampleFramework);
    v1.close();

    expect(() => open(path, [all[0]!, broken(2)])).toThrow();

    readOnly(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(userTables(db)).toEqual(tablesAt(1));
      expect(db.prepare('SELECT key FROM frameworks').all()).toEqual([{ key: sampleFramework.key }]);
    });
    // The real migrations still apply afterwards.
    const store = open(path);
    try {
      expect(store.schemaVersion).toBe(all.length);
    } finally {
      store.close();
    }
  });

  it('rolls back earlier migrations of the same run too: a new file stays at version 0 with no tables', () => {
    const path = tempDbPath();
    expect(() => open(path, [all[0]!, broken(2)])).toThrow();
    readOnly(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(0);
      expect(userTables(db)).toEqual([]);
    });
  });
});

describe('connection settings', () => {
  it('opens in WAL mode with foreign keys enforced', () => {
    const store = open(tempDbPath());
    try {
      expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() =>
        store.sqlite.prepare("INSERT INTO events (name, framework_version_id) VALUES ('Orphan event (fictional)', 9999)").run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      store.close();
    }
  });

  it('keeps foreign keys on after running migrations on an existing file', () => {
    const path = tempDbPath();
    open(path, all.slice(0, 1)).close();
    const store = open(path);
    try {
      expect(store.backupPath).not.toBeNull();
      expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      store.close();
    }
  });
});
