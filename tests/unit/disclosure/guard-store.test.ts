// The guard over a real database: every event's references (archived ones too) and dates of
// birth, rebuilt when cases change; the quote tick on findings; and a quote that became
// identifying after it was cleared (its case imported later) still stops an export.
import { describe, expect, it } from 'vitest';
import { importCases } from '../../../core/cases/import-service';
import { createEvent, setArchived } from '../../../core/events/service';
import { createFinding, updateFinding } from '../../../core/findings/service';
import { findIdentifiers } from '../../../core/disclosure/guard-store';
import { identifiersLeaving } from '../../../core/disclosure/free-text';
import { loadReportTemplate } from '../../../core/report/template';
import { defaultAppPaths } from '../../../core/paths';
import { UserError } from '../../../model/errors';
import { coreWithEvent, csv } from '../helpers/core';
import { updateSettings } from '../../../core/settings/service';

async function setup() {
  const { core, db, eventId } = coreWithEvent();
  updateSettings(db, { userName: 'Fictional Facilitator' });
  await importCases(db, { eventId, fileName: 'a.csv', bytes: csv('Child ID,DOB\nNOW-1,05/05/2018') });
  const old = createEvent(db, { name: 'Old', frameworkKey: 'neglect-what-works' }).id;
  await importCases(db, { eventId: old, fileName: 'b.csv', bytes: csv('Child ID,DOB\nOLD-77,09/09/2011') });
  setArchived(db, old, true);
  return { core, db, eventId };
}

const kinds = (db: Parameters<typeof findIdentifiers>[0], text: string) => findIdentifiers(db, text).map((h) => `${h.kind}:${h.text}`);

describe('the guard over the database', () => {
  it('knows every event’s references and dates of birth, archived events included', async () => {
    const { db } = await setup();
    expect(kinds(db, 'NOW-1 and OLD-77, born 9 September 2011; NOW-10 is not one.')).toEqual(['case-reference:NOW-1', 'case-reference:OLD-77', 'date-of-birth:9 September 2011']);
  });

  it('rebuilds when cases are added', async () => {
    const { db, eventId } = await setup();
    expect(kinds(db, 'LATE-9')).toEqual([]);
    await importCases(db, { eventId, fileName: 'c.csv', bytes: csv('Child ID,DOB\nLATE-9,01/02/2017') });
    expect(kinds(db, 'LATE-9, 1 Feb 2017')).toEqual(['case-reference:LATE-9', 'date-of-birth:1 Feb 2017']);
  });

  it('refuses the quote tick on create and update, and keeps a cleared quote honest when its text changes', async () => {
    const { db, eventId } = await setup();
    expect(() => createFinding(db, eventId, { kind: 'theme', text: 'About NOW-1.', quoteForReport: true })).toThrow(/cannot be marked as an anonymised quote: its text contains a case reference \(NOW-1\)/);
    const plain = createFinding(db, eventId, { kind: 'theme', text: 'About NOW-1.' });
    expect(() => updateFinding(db, plain.id, { quoteForReport: true })).toThrow(UserError);
    const cleared = createFinding(db, eventId, { kind: 'theme', text: 'Plans drifted.', quoteForReport: true });
    expect(() => updateFinding(db, cleared.id, { text: 'Plans drifted for NOW-1.' })).toThrow(/case reference \(NOW-1\)/);
    expect(updateFinding(db, cleared.id, { text: 'Plans drifted for NOW-1.', quoteForReport: false }).quoteForReport).toBe(false);
  });

  it('says in the refusal what was found and where, character by character, and "it" or "them"', async () => {
    const { db, eventId } = await setup();
    const refusal = (text: string) => {
      try {
        createFinding(db, eventId, { kind: 'theme', text, quoteForReport: true });
      } catch (error) {
        return { message: (error as UserError).message, code: (error as UserError).code, details: (error as UserError).details };
      }
      return 'accepted';
    };
    // "About " is six characters: the reference starts at the seventh.
    expect(refusal('About NOW-1.')).toEqual({
      code: 'NOT_ANONYMISED',
      message: 'This finding cannot be marked as an anonymised quote: its text contains a case reference (NOW-1). Remove it first.',
      details: [{ path: 'text', message: 'a case reference (NOW-1) at character 7' }],
    });
    // "NOW-1 lives at " is fifteen characters: the postcode starts at the sixteenth.
    expect(refusal('NOW-1 lives at LS1 4AP.')).toEqual({
      code: 'NOT_ANONYMISED',
      message: 'This finding cannot be marked as an anonymised quote: its text contains a case reference (NOW-1) and a postcode (LS1 4AP). Remove them first.',
      details: [
        { path: 'text', message: 'a case reference (NOW-1) at character 1' },
        { path: 'text', message: 'a postcode (LS1 4AP) at character 16' },
      ],
    });
  });

  it('lists a cleared quote that became identifying when its case was imported later', async () => {
    const { db, eventId } = await setup();
    const template = loadReportTemplate(defaultAppPaths().templatesDir);
    const quote = createFinding(db, eventId, { kind: 'good-practice', text: 'LATE-9 was seen weekly.', quoteForReport: true });
    expect(identifiersLeaving(db, template, eventId, 'report')).toEqual([]);
    await importCases(db, { eventId, fileName: 'c.csv', bytes: csv('Child ID,DOB\nLATE-9,01/02/2017') });
    expect(identifiersLeaving(db, template, eventId, 'report')).toEqual([
      { where: `Finding ${quote.id} (good practice)`, fix: `findings/${quote.id}`, hits: [{ kind: 'case-reference', text: 'LATE-9' }] },
    ]);
    expect(identifiersLeaving(db, template, eventId, 'presentation')).toHaveLength(1);
    expect(identifiersLeaving(db, template, eventId, 'workbook')).toEqual([]);
  });
});
