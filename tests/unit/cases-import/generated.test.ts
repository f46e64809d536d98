// A generated export of 10,000 rows imports whole, with nothing kept from unmapped columns. Kept
// apart from build.test.ts: it takes seconds, too slow to run for each mutant in `npm run mutate`
// (the behaviours it checks are covered row by row there).
import { describe, expect, it } from 'vitest';
import { buildRecords } from '../../../core/cases/import/build';
import { suggestMapping } from '../../../model/case-fields';
import { readTable } from '../../../core/cases/import/read';
import { generateCasesCsv, generatedAuditDate } from '../../fixtures/cases/generate';
import { text } from './helpers';

describe('generateCasesCsv', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateCasesCsv(50, 7)).toBe(generateCasesCsv(50, 7));
    expect(generateCasesCsv(50, 7)).not.toBe(generateCasesCsv(50, 8));
  });

  it('imports 10,000 rows without errors, keeping nothing from unmapped columns', async () => {
    const csv = generateCasesCsv(10_000, 3);
    const table = await readTable(text(csv), 'generated.csv');
    const mapping = suggestMapping(table.headers);
    expect(mapping.map((m) => m.column)).toEqual(['Child ID', 'DOB', 'Gender', 'Ethnicity', 'Legal Status', 'Category of Plan', 'Disability', 'Vulnerabilities', 'Agencies Involved', 'Plan Start']);
    const { records, errors, rowsRead } = buildRecords(table, mapping, { auditDate: generatedAuditDate });
    expect(errors.slice(0, 5)).toEqual([]);
    expect(rowsRead).toBe(10_000);
    expect(records).toHaveLength(10_000);
    const json = JSON.stringify(records);
    expect(json).not.toContain('Test Child');
    expect(json).not.toContain('Test Worker');
    expect(json).not.toContain('Team ');
    const stages = new Set(records.map((r) => r.record.ageStage));
    expect([...stages].sort()).toEqual(['0-2', '12-17', '3-4', '5-11', 'pre-birth']);
  });
});
