// The report template (templates/report/report.yaml) as a partnership edits it: sections may be
// reordered, renamed or left out; an unknown section, a field Scrutineer does not know, a kind that
// contradicts the key and a bad glossary are refused with a message naming the place. A report
// built from an edited template has exactly its headings, in its order.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAppPaths } from '../../../core/paths';
import { buildReport } from '../../../core/report/build-report';
import { loadReportTemplate, sectionKeys } from '../../../core/report/template';
import { UserError } from '../../../model/errors';
import { seedThresholdEvent } from '../../support/threshold-event';
import { readDocx } from '../helpers/office';
import { seededStore } from '../helpers/seeded-store';
import type { OpenedDatabase } from '../../../db/open';

const shipped = join(defaultAppPaths().templatesDir, 'report');
const shippedYaml = () => YAML.parse(readFileSync(join(shipped, 'report.yaml'), 'utf8')) as { sections: Record<string, unknown>[] } & Record<string, unknown>;

/** A templates folder holding this report.yaml (and the shipped glossary unless told otherwise). */
function templatesWith(report: unknown, options: { glossary?: string | null } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-template-'));
  mkdirSync(join(dir, 'report'));
  writeFileSync(join(dir, 'report', 'report.yaml'), typeof report === 'string' ? report : YAML.stringify(report));
  if (options.glossary === undefined) copyFileSync(join(shipped, 'glossary.yaml'), join(dir, 'report', 'glossary.yaml'));
  else if (options.glossary !== null) writeFileSync(join(dir, 'report', 'glossary.yaml'), options.glossary);
  return dir;
}

function refusal(dir: string): string {
  try {
    loadReportTemplate(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('BAD_TEMPLATE');
    return (error as UserError).message;
  }
  throw new Error('the template was accepted');
}

describe('the shipped template', () => {
  it('has every section once, in the order published multi-agency audit reports use', () => {
    const keys = loadReportTemplate(defaultAppPaths().templatesDir).sections.map((s) => s.key);
    expect(keys).toEqual([
      'document-control',
      'executive-summary',
      'purpose',
      'scope-and-method',
      'sample-selection',
      'sample-profile',
      'overall-judgements',
      'findings-by-criterion',
      'findings-by-agency',
      'agreement',
      'difference-made',
      'voice',
      'good-practice',
      'areas-for-development',
      'themes',
      'safeguarding-escalations',
      'previous-action-plan',
      'recommendations',
      'comparison',
      'limitations',
      'conclusions',
      'next-steps',
      'glossary',
      'appendix-framework',
    ]);
    expect(keys.toSorted()).toEqual([...sectionKeys].toSorted());
  });

  it('gives each narrative section a prompt for the writer', () => {
    const narratives = loadReportTemplate(defaultAppPaths().templatesDir).sections.filter((s) => s.kind === 'narrative');
    expect(narratives.map((s) => s.key)).toEqual(['executive-summary', 'purpose', 'voice', 'limitations', 'conclusions', 'next-steps']);
    for (const s of narratives) expect(s.prompt.length, s.key).toBeGreaterThan(20);
  });
});

describe('editing the template', () => {
  it('accepts any section left out, on its own, and then needs no glossary file unless the glossary is kept', () => {
    for (const key of sectionKeys) {
      const yaml = shippedYaml();
      yaml.sections = yaml.sections.filter((s) => s.key !== key);
      const loaded = loadReportTemplate(templatesWith(yaml, { glossary: key === 'glossary' ? null : undefined }));
      expect(loaded.sections.map((s) => s.key)).not.toContain(key);
      expect(loaded.sections).toHaveLength(sectionKeys.length - 1);
    }
  });

  it('accepts a template of one section, with kind left out (the key decides it)', () => {
    const yaml = shippedYaml();
    yaml.sections = [{ key: 'purpose', heading: 'Why we audited' }];
    const loaded = loadReportTemplate(templatesWith(yaml, { glossary: null }));
    expect(loaded.sections).toEqual([{ key: 'purpose', heading: 'Why we audited', kind: 'narrative', prompt: '', landscape: false }]);
    expect(loaded.glossary).toEqual([]);
  });

  it('refuses an unknown section naming it and listing the ones it can fill', () => {
    const yaml = shippedYaml();
    yaml.sections[2] = { key: 'lessons-learnt', heading: 'Lessons', kind: 'narrative' };
    const message = refusal(templatesWith(yaml));
    expect(message).toContain('sections[2].key: "lessons-learnt" is not a section Scrutineer can fill; the sections are document-control, executive-summary,');
    expect(message).toContain('glossary, appendix-framework');
  });

  it('refuses a field it does not know, a section twice, a kind that contradicts the key, and a missing heading', () => {
    const yaml = shippedYaml();
    yaml.sections[0] = { ...yaml.sections[0], colour: 'red' };
    yaml.sections[1] = { key: 'purpose', heading: 'Purpose', kind: 'generated' };
    yaml.sections[3] = { key: 'glossary', heading: '' };
    const message = refusal(templatesWith(yaml));
    expect(message).toContain('sections[0]: has unknown field(s) "colour"');
    expect(message).toContain('sections[1].kind: "purpose" is written in the app, so its kind is narrative (or leave kind out)');
    expect(message).toContain('sections[3].heading: is required');
    expect(message).toContain('"glossary" appears twice');
  });

  it('refuses a glossary section without its file, or with a term twice or a definition missing', () => {
    expect(refusal(templatesWith(shippedYaml(), { glossary: null }))).toMatch(/glossary\.yaml: the report has a glossary section but this file does not exist/);
    const twice = YAML.stringify({ terms: [{ term: 'MACFA', definition: 'An audit.' }, { term: 'macfa', definition: 'Again.' }] });
    expect(refusal(templatesWith(shippedYaml(), { glossary: twice }))).toContain('terms[1].term: "macfa" appears twice');
    const bad = YAML.stringify({ terms: [{ term: 'CIN', definition: '' }, { term: 'CP', definition: 'Plan.', meaning: 'x' }] });
    const message = refusal(templatesWith(shippedYaml(), { glossary: bad }));
    expect(message).toContain('terms[0].definition: is required');
    expect(message).toContain('terms[1]: has unknown field(s) "meaning"');
  });
});

describe('a report built from an edited template', () => {
  let store: OpenedDatabase;
  let eventId = 0;
  beforeAll(async () => {
    ({ store, seeded: { eventId } } = await seededStore('report-threshold', (call) => seedThresholdEvent(call)));
  }, 60_000);
  afterAll(() => store.close());

  it('has exactly the kept sections, reordered and renamed', async () => {
    const yaml = shippedYaml();
    const pick = (key: string) => yaml.sections.find((s) => s.key === key)!;
    yaml.sections = [
      { ...pick('glossary'), heading: 'Words we use' },
      pick('overall-judgements'),
      { ...pick('purpose'), heading: 'Why this audit' },
      pick('document-control'),
    ];
    const template = loadReportTemplate(templatesWith(yaml));
    const doc = await readDocx(await buildReport(store, template, eventId));
    const headings = ['Words we use', 'Overall judgements', 'Why this audit', 'Document control', 'Executive summary', 'Progress on the previous action plan', 'Limitations'];
    const present = headings.filter((h) => doc.paragraphs.includes(h));
    expect(present).toEqual(['Words we use', 'Overall judgements', 'Why this audit', 'Document control']);
    const at = present.map((h) => doc.paragraphs.indexOf(h));
    expect(at).toEqual(at.toSorted((a, b) => a - b));
  });
});
