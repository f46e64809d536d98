// Safeguarding escalations and theme coding through the contract's dispatcher on a real database:
// the log with who raised, who was told, when and the outcome, refusals, the trail, the themes
// list per framework (shipped examples, add, rename, archive), tags on audits and findings, the
// tally, and the report's two sections read back from a Word file (counts only, never details).
import { Document, Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { openCore, type CoreApp } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { defaultAppPaths } from '../../../core/paths';
import { gatherReportContent } from '../../../core/report/content';
import { safeguardingEscalations, themeTally } from '../../../core/report/sections-safeguarding';
import type { Block, SectionContext } from '../../../core/report/sections-context';
import { loadReportTemplate } from '../../../core/report/template';
import { dispatchApi } from '../helpers/dispatch-api';
import { readDocx } from '../helpers/office';
import { tempDbPath } from '../helpers/temp';
import type { Api } from '../../support/api';

const template = loadReportTemplate(defaultAppPaths().templatesDir);
let core: CoreApp;
let call: Api;
let eventId = 0;
let caseIds: number[] = [];
const audits: number[] = [];

beforeAll(async () => {
  core = openCore({ databasePath: tempDbPath(), key: testKey(), host: headlessHost('cli') });
  call = dispatchApi(core);
  await call('settings.update', { userName: 'Sam Facilitator' });
  ({ id: eventId } = await call<{ id: number }>('events.create', { name: 'Spring audit', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: ['Police', 'Health'] }));
  await call('cases.import', { eventId, fileName: 'c.csv', data: Buffer.from('Child ID\nC-1\nC-2\nC-3').toString('base64') });
  caseIds = (await call<{ id: number }[]>('cases.list', { eventId })).map((c) => c.id);
  const agencies = (await call<{ agencies: { id: number; name: string }[] }>('events.get', { id: eventId })).agencies;
  for (const caseId of caseIds) audits.push((await call<{ id: number }>('audits.start', { caseId, agencyId: agencies.find((a) => a.name === 'Police')!.id, auditor: 'Pat Officer' })).id);
}, 60_000);

afterAll(() => core.close());

async function section(build: (ctx: SectionContext) => Block[], options: { suppressSmallNumbers?: boolean } = {}) {
  const content = gatherReportContent(core.store, template, eventId, options);
  return readDocx(await Packer.toBuffer(new Document({ sections: [{ children: build({ content, charts: new Map() }) }] })));
}

interface Escalation {
  id: number;
  reference: string;
  agencyName: string | null;
  raisedBy: string;
  toldWho: string;
  toldAt: string;
  concern: string;
  outcome: string;
  outcomeBy: string | null;
}

describe('safeguarding escalation', () => {
  it('the report says there were none', async () => {
    expect((await section(safeguardingEscalations)).paragraphs).toEqual(['No auditor raised a concern that a child in the sample may be at risk now.']);
  });

  it('is raised from an audit in the scoring-as name and from a case in the Settings name, then gets an outcome', async () => {
    await expect(call('escalations.raise', { caseId: caseIds[0], auditId: audits[0], toldWho: '', toldAt: '2026-03-02T10:15' })).rejects.toThrow(/toldWho/);
    await expect(call('escalations.raise', { caseId: caseIds[0], auditId: audits[0], toldWho: 'MASH', toldAt: 'yesterday' })).rejects.toThrow(/YYYY-MM-DDTHH:MM/);
    await expect(call('escalations.raise', { caseId: caseIds[1], auditId: audits[0], toldWho: 'MASH', toldAt: '2026-03-02T10:15' })).rejects.toThrow(/not of this case/);
    const fromAudit = await call<Escalation>('escalations.raise', {
      caseId: caseIds[0],
      auditId: audits[0],
      concern: 'Recent bruising noted by school; no strategy discussion recorded.',
      toldWho: 'MASH duty manager (fictional)',
      toldAt: '2026-03-02T10:15',
    });
    expect(fromAudit).toMatchObject({ reference: 'C-1', agencyName: 'Police', raisedBy: 'Pat Officer', toldWho: 'MASH duty manager (fictional)', outcome: '' });
    const fromCase = await call<Escalation>('escalations.raise', { caseId: caseIds[0], toldWho: 'Designated safeguarding lead', toldAt: '2026-03-03T09:00' });
    expect(fromCase).toMatchObject({ agencyName: null, raisedBy: 'Sam Facilitator' });
    await call('escalations.raise', { caseId: caseIds[1], raisedBy: 'Hana Visitor', toldWho: 'Duty social worker', toldAt: '2026-03-04' });

    const updated = await call<Escalation>('escalations.update', { id: fromAudit.id, outcome: 'Strategy discussion held; child seen the same day.' });
    expect(updated).toMatchObject({ outcome: 'Strategy discussion held; child seen the same day.', outcomeBy: 'Sam Facilitator' });
    const log = await call<Escalation[]>('escalations.list', { eventId });
    expect(log.map((e) => [e.reference, e.raisedBy, e.outcome !== ''])).toEqual([
      ['C-1', 'Pat Officer', true],
      ['C-1', 'Sam Facilitator', false],
      ['C-2', 'Hana Visitor', false],
    ]);
    const trail = await call<{ entity: string; actor: string; field: string; newValue: string }[]>('trail.list', { eventId });
    expect(trail.filter((e) => e.entity === 'escalation').map((e) => [e.actor, e.field])).toEqual([
      ['Pat Officer', 'raised'],
      ['Sam Facilitator', 'raised'],
      ['Sam Facilitator', 'raised'],
      ['Sam Facilitator', 'outcome'],
    ]);
  });

  it('the report counts them and gives no details', async () => {
    const doc = await section(safeguardingEscalations);
    expect(doc.paragraphs).toEqual([
      'During the audit, 3 safeguarding escalations were raised about 2 children who may have been at risk at the time, and passed on under safeguarding procedures.',
      '1 of 3 have an outcome recorded; 2 are awaiting one.',
      'The details are held by the facilitator and are not part of this report.',
    ]);
    const text = doc.paragraphs.join(' ');
    for (const detail of ['C-1', 'MASH', 'Pat Officer', 'bruising', 'Strategy discussion']) expect(text).not.toContain(detail);
  });
});

interface Theme {
  id: number;
  label: string;
  archived: boolean;
}

describe('theme coding', () => {
  it('ships examples for the framework, adds, renames, archives, and refuses a duplicate', async () => {
    const shipped = await call<Theme[]>('themes.list', { frameworkKey: 'neglect-what-works' });
    expect(shipped.map((t) => t.label)).toEqual(expect.arrayContaining(['Father or partner not engaged', 'Drift after step-down', 'Child not seen alone', 'Interpreter not used']));
    await expect(call('themes.create', { frameworkKey: 'neglect-what-works', label: 'child not seen alone' })).rejects.toThrow(/already/);
    await expect(call('themes.create', { frameworkKey: 'no-such-framework', label: 'X' })).rejects.toThrow(/No framework/);
    const added = await call<Theme>('themes.create', { frameworkKey: 'neglect-what-works', label: 'Housing conditions' });
    await call('themes.update', { id: added.id, label: 'Poor home conditions' });
    const other = await call<Theme>('themes.create', { frameworkKey: 'neglect-what-works', label: 'Retired theme' });
    await call('themes.update', { id: other.id, archived: true });
    const now = await call<Theme[]>('themes.list', { frameworkKey: 'neglect-what-works' });
    expect(now.some((t) => t.label === 'Poor home conditions')).toBe(true);
    expect(now.some((t) => t.label === 'Retired theme')).toBe(false);
    expect((await call<Theme[]>('themes.list', { frameworkKey: 'neglect-what-works', includeArchived: true })).some((t) => t.label === 'Retired theme')).toBe(true);
    // Another framework's list is its own.
    expect((await call<Theme[]>('themes.list', { frameworkKey: 'neglect-quick-check' })).some((t) => t.label === 'Poor home conditions')).toBe(false);
  });

  it('tags audits and findings and tallies by theme, most cases first; the report shows the tally', async () => {
    const themes = await call<Theme[]>('themes.list', { frameworkKey: 'neglect-what-works' });
    const id = (label: string) => themes.find((t) => t.label === label)!.id;
    const quick = await call<Theme[]>('themes.list', { frameworkKey: 'neglect-quick-check' });
    await expect(call('themes.tagAudit', { auditId: audits[0], themeIds: [quick[0]!.id] })).rejects.toThrow(/Not themes of this event/);
    await call('themes.tagAudit', { auditId: audits[0], themeIds: [id('Father or partner not engaged'), id('Child not seen alone')] });
    await call('themes.tagAudit', { auditId: audits[1], themeIds: [id('Father or partner not engaged')] });
    await call('themes.tagAudit', { auditId: audits[2], themeIds: [id('Father or partner not engaged'), id('Interpreter not used')] });
    const finding = await call<{ id: number }>('findings.create', { eventId, kind: 'theme', text: 'Interpreters were rarely booked.' });
    await call('themes.tagFinding', { findingId: finding.id, themeIds: [id('Interpreter not used')] });
    expect((await call<{ themeIds: number[] }[]>('findings.list', { eventId }))[0]!.themeIds).toEqual([id('Interpreter not used')]);
    expect(await call('themes.ofAudit', { auditId: audits[0] })).toMatchObject({ tagged: expect.arrayContaining([id('Father or partner not engaged'), id('Child not seen alone')]) });

    // Every theme here was tagged on fewer than 5 cases: by default their case and audit counts
    // are withheld (findings are still counted); the facilitator can turn suppression off.
    type Row = { label: string; suppressed: boolean; cases?: number; audits?: number; findings: number };
    const withheld = await call<Row[]>('themes.tally', { eventId });
    expect(withheld.map((t) => [t.label, t.suppressed, t.cases, t.audits, t.findings])).toEqual([
      ['Interpreter not used', true, undefined, undefined, 1],
      ['Child not seen alone', true, undefined, undefined, 0],
      ['Father or partner not engaged', true, undefined, undefined, 0],
    ]);
    const tally = await call<Row[]>('themes.tally', { eventId, suppressSmallNumbers: false });
    expect(tally.map((t) => [t.label, t.cases, t.audits, t.findings])).toEqual([
      ['Father or partner not engaged', 3, 3, 0],
      ['Interpreter not used', 1, 1, 1],
      ['Child not seen alone', 1, 1, 0],
    ]);
    const trail = await call<{ entity: string; actor: string; field: string; newValue: string }[]>('trail.list', { eventId });
    expect(trail.find((e) => e.field === 'themes' && e.entity === 'audit')).toMatchObject({ actor: 'Pat Officer', newValue: 'Child not seen alone, Father or partner not engaged' });

    const doc = await section(themeTally);
    expect(doc.tables[0]).toEqual([
      ['Theme', 'Cases', 'Audits', 'Findings'],
      ['Interpreter not used', 'fewer than 5', 'withheld', '1'],
      ['Child not seen alone', 'fewer than 5', 'withheld', '0'],
      ['Father or partner not engaged', 'fewer than 5', 'withheld', '0'],
    ]);
    expect(doc.paragraphs).toContain('Where fewer than 5 cases were tagged with a theme, the counts of cases and audits are withheld.');
    const shown = await section(themeTally, { suppressSmallNumbers: false });
    expect(shown.tables[0]).toEqual([
      ['Theme', 'Cases', 'Audits', 'Findings'],
      ['Father or partner not engaged', '3', '3', '0'],
      ['Interpreter not used', '1', '1', '1'],
      ['Child not seen alone', '1', '1', '0'],
    ]);
  });
});
