// The case importer against generated files (fast-check): known and hostile headers, cells of any
// text, three delimiters, broken quoting, three encodings and bytes changed at random, plus the
// stray-quote and BOM-with-one-Windows-1252-byte files made at test time. Every file is imported
// or refused with a user error, and a refused one leaves the database exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCases } from '../../../core/cases/import-service';
import { bomWithOneWindows1252Byte, strayQuoteCsv } from '../../fixtures/hostile/generate';
import { coreWithEvent } from '../helpers/core';
import { acceptedOrRefused, csvBytes, csvFile, hostileText, propertyTimeoutMs, runsPerImporter, tally } from './fuzz-support';

const headers = fc.oneof(
  { arbitrary: fc.constantFrom('Child ID', 'DOB', 'Date of Birth', 'Sex', 'Ethnicity', 'Disability', 'Level of need', 'Neglect types', 'Agencies involved', 'Notes', 'Age', 'Plan start date'), weight: 4 },
  { arbitrary: hostileText, weight: 1 },
);
const cells = fc.oneof(
  { arbitrary: fc.constantFrom('C-1', 'C-2', 'C-3', 'C-4', '01/01/2015', '2016-02-29', 'M', 'F', 'Female', 'White British', 'Yes', 'No', 'CP', 'CIN', 'Physical; Emotional', 'Police; Health', '7'), weight: 3 },
  { arbitrary: hostileText, weight: 2 },
);

type CaseFile = { fileName: string; bytes: Uint8Array };

const generated: fc.Arbitrary<CaseFile> = fc
  .tuple(csvFile(headers, cells), fc.boolean(), fc.constantFrom('cases.csv', 'cases.csv', 'cases.txt', 'cases.tsv', 'cases.xlsx'))
  .map(([file, fitRows, fileName]) => ({ fileName, bytes: csvBytes(file, fitRows) }));

const strayQuote: CaseFile = { fileName: 'stray-quote.csv', bytes: strayQuoteCsv() };
const bomAnd1252: CaseFile = { fileName: 'bom-1252.csv', bytes: bomWithOneWindows1252Byte() };

describe('case import, fuzzed', () => {
  it(`${runsPerImporter} generated files: each imported or refused with a user error; a refusal changes nothing`, async () => {
    const { core, db, eventId } = coreWithEvent('2026-03-01', ['Police', 'Health']);
    const verdicts = tally();
    const examples = [strayQuote, bomAnd1252];
    await fc.assert(
      fc.asyncProperty(generated, async (file) => {
        const verdict = await acceptedOrRefused(core.store.sqlite, () => importCases(db, { eventId, ...file }), (outcome) => outcome.refused);
        if (examples.includes(file)) expect(verdict, file.fileName).toBe('refused');
        verdicts.add(verdict);
      }),
      { numRuns: runsPerImporter, examples: examples.map((file) => [file] as [typeof file]) },
    );
    // The generator reaches both sides: files that import and files that are refused.
    expect(verdicts.counts.accepted).toBeGreaterThan(0);
    expect(verdicts.counts.refused).toBeGreaterThan(0);
  }, propertyTimeoutMs);
});
