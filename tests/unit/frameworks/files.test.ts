// Framework files: the shipped templates, JSON/YAML parsing and serialising, and errors that
// name the file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCriteria, validateFramework } from '../../../model/framework';
import { formatFromFileName, parseFrameworkText, readFrameworkFile, serialiseFramework } from '../../../core/frameworks/files';
import { UserError } from '../../../model/errors';
import { defaultAppPaths } from '../../../core/paths';
import { makeTempDir } from '../helpers/temp';
import { sampleDefinition } from './fixtures';

const templatesDir = join(defaultAppPaths().templatesDir, 'frameworks');
const templateFiles = readdirSync(templatesDir).filter((f) => /\.(json|ya?ml)$/i.test(f)).toSorted();

const whatWorksKeys = [
  'child-focus',
  'early-help-tools',
  'causes-not-symptoms',
  'whole-family',
  'multi-agency',
  'history-cumulative-harm',
  'relationship-based',
  'drift',
  'measurable-goals',
  'direct-work',
  'cultural-competence',
  'professional-curiosity',
  'triangulation',
];

function thrown(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}

function valid() {
  const result = validateFramework(sampleDefinition());
  if (!result.ok) throw new Error('fixture is not valid');
  return result.framework;
}

describe('shipped templates', () => {
  it('are the two expected files', () => {
    expect(templateFiles).toEqual(['neglect-quick-check.yaml', 'neglect-what-works.yaml']);
  });

  it.each(templateFiles)('%s validates and its key matches the file name', (file) => {
    const fw = readFrameworkFile(join(templatesDir, file));
    expect(`${fw.key}.yaml`).toBe(file);
    expect(fw.version).toBe(1);
    // Validation is idempotent on a parsed template.
    expect(validateFramework(fw)).toEqual({ ok: true, framework: fw, problems: [] });
  });

  it('neglect-what-works has exactly the 13 keys of the product brief', () => {
    const fw = readFrameworkFile(join(templatesDir, 'neglect-what-works.yaml'));
    const keys = allCriteria(fw).map((c) => c.key);
    expect(keys).toHaveLength(13);
    expect(keys.toSorted()).toEqual(whatWorksKeys.toSorted());
    for (const c of allCriteria(fw)) {
      expect(c.title.length, c.key).toBeGreaterThan(0);
      expect(c.whatGoodLooksLike.length, c.key).toBeGreaterThan(0);
    }
    expect(fw.name).toBe('Neglect — what works');
  });

  it('neglect-what-works uses the Ofsted-aligned scale with good or better from Good (3)', () => {
    const fw = readFrameworkFile(join(templatesDir, 'neglect-what-works.yaml'));
    expect(fw.scale.levels.map((l) => [l.label, l.value])).toEqual([
      ['Outstanding', 4],
      ['Good', 3],
      ['Requires improvement', 2],
      ['Inadequate', 1],
    ]);
    expect(fw.scale.goodOrBetterFrom).toBe(3);
    expect(fw.scale.notApplicableLabel).toBe('Not applicable');
  });

  it('the quick check answers Yes / Partly / No', () => {
    const fw = readFrameworkFile(join(templatesDir, 'neglect-quick-check.yaml'));
    // "Yes" and "No" are quoted in the file: unquoted, YAML 1.1 readers would make them booleans.
    expect(fw.scale.levels.map((l) => [l.label, l.value])).toEqual([
      ['Yes', 3],
      ['Partly', 2],
      ['No', 1],
    ]);
    expect(fw.scale.goodOrBetterFrom).toBe(3);
    expect(allCriteria(fw)).toHaveLength(5);
  });
});

describe('round trips', () => {
  it.each(['json', 'yaml'] as const)('%s: serialise then parse gives the same definition', (format) => {
    const fw = valid();
    const text = serialiseFramework(fw, format);
    expect(parseFrameworkText(text, `fictional.${format}`)).toEqual(fw);
  });

  it.each(templateFiles.flatMap((f) => [[f, 'json'], [f, 'yaml']] as const))('%s round trips through %s', (file, format) => {
    const fw = readFrameworkFile(join(templatesDir, file));
    expect(parseFrameworkText(serialiseFramework(fw, format), `copy.${format}`)).toEqual(fw);
  });

  it('JSON output is pretty-printed and ends with a newline', () => {
    const text = serialiseFramework(valid(), 'json');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "key": "fictional-audit"');
  });

  it('reads a file written to disk (.yml extension)', () => {
    const path = join(makeTempDir(), 'fictional.yml');
    writeFileSync(path, serialiseFramework(valid(), 'yaml'));
    expect(readFrameworkFile(path)).toEqual(valid());
  });
});

describe('errors name the file', () => {
  it('malformed YAML: PARSE_ERROR naming the file, on one line', () => {
    const error = thrown(() => parseFrameworkText('key: [unclosed\nname: x\n', 'broken-framework.yaml'));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatch(/^broken-framework\.yaml: not valid YAML: /);
    expect(error.message).not.toContain('\n');
  });

  it('malformed JSON: PARSE_ERROR naming the file', () => {
    const error = thrown(() => parseFrameworkText('{"key": "x",', 'broken-framework.json'));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatch(/^broken-framework\.json: not valid JSON: /);
  });

  it('JSON text in a .yaml file is parsed as YAML (JSON is YAML)', () => {
    const fw = valid();
    expect(parseFrameworkText(JSON.stringify(fw), 'fictional.yaml')).toEqual(fw);
  });

  it('YAML text in a .json file is refused as JSON', () => {
    const error = thrown(() => parseFrameworkText(serialiseFramework(valid(), 'yaml'), 'fictional.json'));
    expect(error.code).toBe('PARSE_ERROR');
  });

  it('a valid document with a bad field: INVALID_FRAMEWORK naming the file and the field path', () => {
    const input = sampleDefinition();
    input.domains[0]!.criteria[1]!.key = 'Child Focus!';
    const error = thrown(() => parseFrameworkText(JSON.stringify(input), 'fictional.json'));
    expect(error.code).toBe('INVALID_FRAMEWORK');
    expect(error.message).toMatch(/^fictional\.json: domains\[0\]\.criteria\[1\]\.key: must be lowercase/);
    expect(error.details).toEqual([expect.objectContaining({ path: 'domains[0].criteria[1].key' })]);
  });

  it.each(['framework.txt', 'framework.xml', 'framework', 'framework.yaml.bak'])('refuses the file name %j (BAD_FILE_TYPE)', (name) => {
    const error = thrown(() => parseFrameworkText(serialiseFramework(valid(), 'yaml'), name));
    expect(error.code).toBe('BAD_FILE_TYPE');
    expect(error.message).toContain(name);
  });

  it.each([
    ['a.json', 'json'],
    ['A.JSON', 'json'],
    ['b.yaml', 'yaml'],
    ['c.YML', 'yaml'],
  ] as const)('formatFromFileName(%j) is %s', (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });

  it('a missing file: FILE_NOT_READABLE naming the path', () => {
    const path = join(makeTempDir(), 'missing.yaml');
    const error = thrown(() => readFrameworkFile(path));
    expect(error.code).toBe('FILE_NOT_READABLE');
    expect(error.message).toBe(`${path}: no such file.`);
  });

  it('the template text on disk is what readFrameworkFile parses', () => {
    const path = join(templatesDir, 'neglect-quick-check.yaml');
    expect(readFrameworkFile(path)).toEqual(parseFrameworkText(readFileSync(path, 'utf8'), path));
  });
});
