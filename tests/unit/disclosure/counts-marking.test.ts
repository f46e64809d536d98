// Small counts in tables of counts (with secondary suppression), the personal-data marking and
// file names of identifiable exports, and the trail record of every export. Expected values are
// worked by hand from the rules in the comments of core/disclosure/counts.ts and marking.ts.
import { describe, expect, it } from 'vitest';
import { discloseCounts, isSmallCount } from '../../../core/disclosure/counts';
import { recordExport } from '../../../core/disclosure/export-record';
import { exportFileName, exportMarking, propertiesNote } from '../../../core/disclosure/marking';
import { listTrail } from '../../../core/trail/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

const W = { suppressed: true, small: true };
const shown = (count: number, total: number, small = false) => ({ suppressed: false, small, count, percent: total === 0 ? 0 : count / total });

describe('counts of cases', () => {
  it('are small from 1 to 4', () => {
    expect([0, 1, 4, 5, 6].map(isSmallCount)).toEqual([false, true, true, false, false]);
  });

  it('withhold a single small count and the next smallest non-zero one, so neither can be worked out from the total', () => {
    expect(discloseCounts([0, 4, 5, 10], true)).toEqual([shown(0, 19), W, W, shown(10, 19)]);
    // A tie for next smallest goes to the first.
    expect(discloseCounts([3, 6, 6], true)).toEqual([W, W, shown(6, 15)]);
    // Next smallest is looked for over the whole column, before as well as after.
    expect(discloseCounts([9, 7, 2], true)).toEqual([shown(9, 18), W, W]);
  });

  it('withhold two or more small counts with nothing more', () => {
    expect(discloseCounts([1, 2, 9], true)).toEqual([W, W, shown(9, 12)]);
  });

  it('withhold a lone small count when nothing else is non-zero', () => {
    expect(discloseCounts([2, 0], true)).toEqual([W, shown(0, 2)]);
  });

  it('show every count, flagged small, with percentages of the column when suppression is off', () => {
    expect(discloseCounts([1, 4, 0, 5], false)).toEqual([shown(1, 10, true), shown(4, 10, true), shown(0, 10), shown(5, 10)]);
    expect(discloseCounts([0, 0], false)).toEqual([shown(0, 0), shown(0, 0)]);
  });
});

describe('identifiable exports', () => {
  it('carry the personal-data warning in the marking, the file name and the properties', () => {
    expect(exportMarking('OFFICIAL', true)).toBe('OFFICIAL — CONTAINS PERSONAL DATA');
    expect(exportMarking('OFFICIAL', false)).toBe('OFFICIAL');
    expect(exportFileName('spring-report.docx', true)).toBe('spring-report-identifiable.docx');
    expect(exportFileName('a.b.csv', true)).toBe('a.b-identifiable.csv');
    expect(exportFileName('notes', true)).toBe('notes-identifiable');
    expect(exportFileName('.hidden', true)).toBe('.hidden-identifiable');
    expect(exportFileName('spring-report.docx', false)).toBe('spring-report.docx');
    expect(propertiesNote(true)).toEqual({
      titleSuffix: ' (identifiable: contains personal data)',
      description: 'CONTAINS PERSONAL DATA: made with identifiers at the author’s request. ',
      keywords: ['CONTAINS PERSONAL DATA'],
    });
    expect(propertiesNote(false)).toEqual({ titleSuffix: '', description: '', keywords: [] });
  });
});

describe('the record of an export', () => {
  // SHA-256 of "abc": the FIPS 180-2 example value.
  const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

  it('goes into the trail with the hash of the bytes, who, and how it was made', async () => {
    const { db, eventId } = await auditReadyStore();
    expect(recordExport(db, { eventId, what: 'workbook', fileName: 'f.xlsx', bytes: 'abc', includeIdentifiers: true, suppressSmallNumbers: false })).toEqual({ sha256: abc });
    recordExport(db, { eventId, what: 'report', fileName: 'g.docx', bytes: new TextEncoder().encode('abc'), includeIdentifiers: false, suppressSmallNumbers: true });
    recordExport(db, { eventId, what: 'trail CSV', fileName: 'h.csv', bytes: 'abc', includeIdentifiers: false });
    const entries = listTrail(db, { eventId }).filter((e) => e.entity === 'export');
    expect(entries.map((e) => [e.actor, e.entityId, e.field, e.oldValue, e.newValue, e.note])).toEqual([
      ['Fictional Facilitator', null, 'workbook', null, `sha256:${abc}`, 'f.xlsx; with identifiers (contains personal data); small numbers shown: suppression turned off'],
      ['Fictional Facilitator', null, 'report', null, `sha256:${abc}`, 'g.docx; without identifiers; small numbers suppressed'],
      ['Fictional Facilitator', null, 'trail CSV', null, `sha256:${abc}`, 'h.csv; without identifiers'],
    ]);
  });
});
