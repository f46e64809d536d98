// The Word report's method section tells an information governance reader where the data is kept,
// that it is encrypted, when it was last backed up and until when the event's identifiers are kept.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { itWith } from '../../support/clients';
import { backUpNow } from '../../../core/data/backups';
import { defaultAppPaths } from '../../../core/paths';
import { buildReport } from '../../../core/report/build-report';
import { formatDate } from '../../../core/report/content';
import { loadReportTemplate } from '../../../core/report/template';
import { dirname } from 'node:path';
import { demoDatabase } from '../../support/data-fixtures';
import { readDocx } from '../../support/read-back';
import { makeTempDir } from '../helpers/temp';

describe("the report's method section", () => {
  itWith('python-docx')('says where the data is kept, that it is encrypted, the last backup and the retention date', async () => {
    const demo = await demoDatabase(makeTempDir());
    const template = loadReportTemplate(defaultAppPaths().templatesDir);
    // Read back by python-docx, from a file as Word would open it.
    const report = async () => {
      const path = join(makeTempDir(), 'report.docx');
      writeFileSync(path, await buildReport(demo.core.store, template, demo.eventId));
      return readDocx(path);
    };
    const before = (await report()).paragraphs.find((p) => p.startsWith('The audit data is kept'));
    expect(before).toContain('No backup had been made when this report was written.');

    await demo.core.dispatch('retention.setDate', { eventId: demo.eventId, date: '2027-06-30' });
    backUpNow(demo.core.context, 'manual', new Date('2026-05-01T10:00:00Z'));
    const docx = await report();
    const paragraph = docx.paragraphs.find((p) => p.startsWith('The audit data is kept'));
    // The backup's date is when its file was written (today, UTC).
    const today = formatDate(new Date().toISOString().slice(0, 10));
    expect(paragraph).toBe(
      `The audit data is kept in Scrutineer's data folder on the facilitator's computer (${dirname(demo.path)}), in a database encrypted with AES-256 (SQLCipher 4), with case documents encrypted too.` +
        ` Its last backup was made on ${today}.` +
        ' Identifiers (case references, dates of birth, documents and free text) are kept until 30 June 2027 (a date set for this event) and then purged; the figures in this report stay.',
    );
  }, 60_000);
});
