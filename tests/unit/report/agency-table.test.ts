// The agency table as a reader gets it, read from the Word XML: each cell shaded by the template's
// band for the percentage printed (templates/report/report.yaml: under 50% F4C7B8, 50-69% FCE6B8,
// 70-84% D6E9F5, 85% or more A9CFEA), a withheld cell unshaded, the key to the shading with each
// band's range in its own shade, the key to the agencies' short forms, and no shading key when every
// figure is withheld. Figures from tests/support/threshold-event.ts (Police child-focus 60%,
// whole-family 100%; Health child-focus and Police drift from 4 cases, withheld).
import JSZip from 'jszip';
import { Document, Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { gatherReportContent, type ReportContent } from '../../../core/report/content';
import { agencyTable, bandLabels } from '../../../core/report/agency-table';
import { loadReportTemplate } from '../../../core/report/template';
import { seedThresholdEvent } from '../../support/threshold-event';
import { readDocx } from '../helpers/office';
import { seededStore } from '../helpers/seeded-store';

const template = loadReportTemplate(defaultAppPaths().templatesDir);
const childFocus = 'Relentless focus on the child; lived experience and voice';
const wholeFamily = 'Whole-family, ecological assessment';

let store: OpenedDatabase;
let eventId = 0;

beforeAll(async () => {
  ({ store, seeded: { eventId } } = await seededStore('report-threshold', (call) => seedThresholdEvent(call)));
}, 60_000);

afterAll(() => store.close());

async function packed(content: ReportContent) {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: agencyTable({ content, charts: new Map() }) }] }));
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  /** Each table's rows as [text, fill or null] per cell. */
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => [[...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''), /w:fill="([0-9A-F]{6})"/.exec(c[0])?.[1] ?? null]),
    ),
  );
  return { doc: await readDocx(bytes), tables };
}

describe('the agency table', () => {
  it('shades each shown cell by its band, leaves withheld ones plain, and keys the shading and the short forms', async () => {
    const { doc, tables } = await packed(gatherReportContent(store, template, eventId));
    const [figures, shading, names] = tables;
    const row = (title: string) => figures!.find((r) => r[0]![0] === title)!.slice(1);
    // Columns Health, Police: child-focus withheld for Health (4 cases), 60% for Police (50-69%).
    expect(row(childFocus)).toEqual([['fewer than 5', null], ['60% (5)', 'FCE6B8']]);
    // Whole-family: Health has no grades (no share, so no shade); Police 100% (85% or more).
    expect(row(wholeFamily)).toEqual([['no grades', null], ['100% (5)', 'A9CFEA']]);
    expect(shading).toEqual([
      [['Shading: % good or better', '1D3F6E']],
      [['under 50%', 'F4C7B8']],
      [['50% to 69%', 'FCE6B8']],
      [['70% to 84%', 'D6E9F5']],
      [['85% or more', 'A9CFEA']],
    ]);
    expect(names!.map((r) => r.map(([text]) => text))).toEqual([['Short form', 'Agency'], ['Health', 'Health'], ['Police', 'Police']]);
    const notes = ['The share of each agency’s grades that were good or better, by criterion. The number of grades is in brackets; the shading follows the figure (key below), and the agencies are named in full after the table.', 'The shading, by the percentage printed:', 'The agencies, by the short forms that head the columns:'];
    expect(doc.paragraphs.filter((p) => notes.includes(p))).toEqual(notes);
  });

  it('has no shading and no key to it when every figure is withheld', async () => {
    const content = gatherReportContent(store, template, eventId);
    const withheld = { ...content, summary: { ...content.summary, byAgency: content.summary.byAgency.map((a) => ({ ...a, criteria: a.criteria.map((c) => ({ key: c.key, suppressed: true as const, small: true as const })) })) } } as unknown as ReportContent;
    const { doc, tables } = await packed(withheld);
    expect(tables).toHaveLength(2);
    expect(tables[0]!.flat().filter(([, fill]) => fill !== null && fill !== '1D3F6E')).toEqual([]);
    expect(doc.paragraphs[0]).toBe('The share of each agency’s grades that were good or better, by criterion. The number of grades is in brackets; the agencies are named in full after the table.');
    expect(doc.paragraphs).not.toContain('The shading, by the percentage printed:');
  });
});

describe('the shading key’s ranges', () => {
  it('read as the whole percentages each band covers, the last open-ended', () => {
    const fill = 'FFFFFF';
    expect(bandLabels([{ below: 0.5, fill }, { below: 0.7, fill }, { below: 0.85, fill }, { below: 1.01, fill }])).toEqual(['under 50%', '50% to 69%', '70% to 84%', '85% or more']);
    // A last band that ends at 100% exactly stops at 99%: 100% is beyond every band.
    expect(bandLabels([{ below: 0.6, fill }, { below: 1, fill }])).toEqual(['under 60%', '60% to 99%']);
    expect(bandLabels([{ below: 0.333, fill }, { below: 0.667, fill }])).toEqual(['under 33%', '33% to 66%']);
  });
});
