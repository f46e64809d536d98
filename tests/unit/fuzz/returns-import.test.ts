// The returns importer (grades kept in a spreadsheet) against generated files (fast-check): the
// six columns or others in any order, references, agencies, auditors, criteria and grades that
// exist mixed with any text, broken quoting, three encodings and bytes changed at random. Every
// file is imported or refused with a user error, and a refused one leaves the database as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReturns } from '../../../core/audits/returns';
import { auditReadyEvent } from '../helpers/audit-setup';
import { acceptedOrRefused, byteChanges, csvBytes, encodings, hostileText, propertyTimeoutMs, runsPerImporter, tally } from './fuzz-support';

const mostly = (known: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 5 }, { arbitrary: hostileText, weight: 1 });

const row = fc.tuple(
  mostly(['C-1', 'C-2', 'C-3']),
  mostly(["Children's Social Care", 'Police', 'Health', 'police']),
  mostly(['Auditor One', 'Auditor Two']),
  mostly(['child-focus', 'direct-work', 'drift', 'whole-family', 'triangulation']),
  mostly(['1', '2', '3', '4', 'N/A', 'Good', 'Outstanding', 'not applicable']),
  hostileText,
);

const returnsFile: fc.Arbitrary<{ fileName: string; bytes: Uint8Array }> = fc
  .record({
    headers: fc.oneof(
      { arbitrary: fc.constant<string[]>(['reference', 'agency', 'auditor', 'criterion', 'grade', 'evidence']), weight: 4 },
      { arbitrary: fc.shuffledSubarray(['reference', 'agency', 'auditor', 'criterion', 'grade', 'evidence', 'Reference', 'notes']), weight: 1 },
      { arbitrary: fc.array(hostileText, { maxLength: 7 }), weight: 1 },
    ),
    rows: fc.array(row, { maxLength: 8 }),
    delimiter: fc.constantFrom(',', ',', ';'),
    quoting: fc.constantFrom('minimal', 'minimal', 'all', 'none'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    encoding: encodings,
    changes: byteChanges,
  })
  .map((file) => ({ fileName: 'returns.csv', bytes: csvBytes(file, false) }));

describe('returns import, fuzzed', () => {
  it(`${runsPerImporter} generated files: each imported or refused with a user error; a refusal changes nothing`, async () => {
    const setup = await auditReadyEvent();
    const verdicts = tally();
    await fc.assert(
      fc.asyncProperty(returnsFile, async (file) => {
        verdicts.add(await acceptedOrRefused(setup.core.store.sqlite, () => importReturns(setup.db, { eventId: setup.eventId, ...file }), (outcome) => outcome.errors.length > 0));
      }),
      { numRuns: runsPerImporter },
    );
    expect(verdicts.counts.accepted).toBeGreaterThan(0);
    expect(verdicts.counts.refused).toBeGreaterThan(0);
  }, propertyTimeoutMs);
});
