// validateFramework: what a framework definition must look like, and how a problem is reported
// (the dotted path of the bad field plus a message).
import { describe, expect, it } from 'vitest';
import { allCriteria, validateFramework } from '../../../model/framework';
import { describeProblems, formatPath, type ValidationProblem } from '../../../model/problems';
import { sampleDefinition } from './fixtures';

function problemsOf(input: unknown): ValidationProblem[] {
  const result = validateFramework(input);
  expect(result.ok, 'the definition should be refused').toBe(false);
  return result.problems;
}

function problemAt(input: unknown, path: string): ValidationProblem {
  const problems = problemsOf(input);
  const found = problems.find((p) => p.path === path);
  expect(found, `a problem at ${path}; got ${JSON.stringify(problems)}`).toBeDefined();
  return found!;
}

describe('a valid definition', () => {
  it('is accepted with its content and no problems', () => {
    const result = validateFramework(sampleDefinition());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]);
    expect(result.framework.key).toBe('fictional-audit');
    expect(allCriteria(result.framework).map((c) => c.key)).toEqual(['child-seen', 'plan-clear', 'no-drift']);
  });

  it('sorts the scale levels best first', () => {
    const result = validateFramework(sampleDefinition());
    expect(result.ok && result.framework.scale.levels.map((l) => [l.label, l.value])).toEqual([
      ['Strong', 3],
      ['Fair', 2],
      ['Weak', 1],
    ]);
  });

  it('fills defaults for optional fields', () => {
    const input = sampleDefinition() as Record<string, unknown> & ReturnType<typeof sampleDefinition>;
    delete (input as Partial<typeof input>).version;
    delete (input as Partial<typeof input>).description;
    input.scale = { levels: [{ label: 'Yes', value: 1, colour: '#000000' }, { label: 'No', value: 0, colour: '#ffffff' }], goodOrBetterFrom: 1 } as never;
    input.domains = [{ key: 'd', title: 'D', criteria: [{ key: 'c', title: 'C' }] }] as never;
    const result = validateFramework(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.version).toBe(1);
    expect(result.framework.description).toBe('');
    expect(result.framework.scale.notApplicableLabel).toBe('Not applicable');
    expect(result.framework.scale.levels[0]!.description).toBe('');
    expect(result.framework.domains[0]!.criteria[0]).toEqual({ key: 'c', title: 'C', guidance: [], whatGoodLooksLike: '' });
  });

  it('trims text fields', () => {
    const input = sampleDefinition();
    input.name = '  Fictional audit  ';
    input.domains[0]!.criteria[0]!.title = '  Was the child seen?\n';
    const result = validateFramework(input);
    expect(result.ok && [result.framework.name, result.framework.domains[0]!.criteria[0]!.title]).toEqual(['Fictional audit', 'Was the child seen?']);
  });
});

describe('problems name the path of the bad field', () => {
  it('a criterion key that is not lowercase-hyphenated: domains[0].criteria[1].key', () => {
    const input = sampleDefinition();
    input.domains[0]!.criteria[1]!.key = 'Child Focus!';
    const problem = problemAt(input, 'domains[0].criteria[1].key');
    expect(problem.message).toMatch(/lowercase letters and digits joined by single hyphens/);
  });

  it.each(['-leading', 'trailing-', 'double--hyphen', 'UPPER', 'under_score', 'space d'])('refuses the key %j', (bad) => {
    const input = sampleDefinition();
    input.key = bad;
    expect(problemAt(input, 'key').message).toMatch(/lowercase/);
  });

  it('a missing title', () => {
    const input = sampleDefinition() as ReturnType<typeof sampleDefinition>;
    delete (input.domains[1]!.criteria[0] as Partial<(typeof input.domains)[0]['criteria'][0]>).title;
    expect(problemAt(input, 'domains[1].criteria[0].title').message).toBeTruthy();
  });

  it('an empty (blank) name is required', () => {
    const input = sampleDefinition();
    input.name = '   ';
    expect(problemAt(input, 'name').message).toBe('is required');
  });

  it('a key longer than 64 characters', () => {
    const input = sampleDefinition();
    input.key = 'a'.repeat(65);
    expect(problemAt(input, 'key').message).toBe('must be at most 64 characters');
  });

  it('a bad colour: scale.levels[2].colour', () => {
    const input = sampleDefinition();
    input.scale.levels[2]!.colour = 'orange';
    expect(problemAt(input, 'scale.levels[2].colour').message).toMatch(/colour like #/);
  });

  it('a scale value that is not a whole number', () => {
    const input = sampleDefinition();
    input.scale.levels[0]!.value = 1.5;
    expect(problemAt(input, 'scale.levels[0].value').message).toBe('must be a whole number');
  });

  it('a scale with one level', () => {
    const input = sampleDefinition();
    input.scale.levels = [input.scale.levels[1]!];
    input.scale.goodOrBetterFrom = 3;
    expect(problemAt(input, 'scale.levels').message).toBe('needs at least two levels');
  });

  it('a domain without criteria', () => {
    const input = sampleDefinition();
    input.domains[1]!.criteria = [];
    expect(problemAt(input, 'domains[1].criteria').message).toBe('needs at least one criterion');
  });

  it('no domains', () => {
    const input = sampleDefinition();
    input.domains = [];
    expect(problemAt(input, 'domains').message).toBe('needs at least one domain');
  });

  it('a document that is not an object has a problem at the root path', () => {
    const problems = problemsOf('just a string');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('');
  });

  it('describeProblems joins path and message into one line', () => {
    const input = sampleDefinition();
    input.domains[0]!.criteria[1]!.key = 'Child Focus!';
    input.name = '';
    const line = describeProblems(problemsOf(input));
    expect(line).not.toContain('\n');
    expect(line).toContain('name: is required');
    expect(line).toContain('domains[0].criteria[1].key: must be lowercase');
  });
});

describe('cross-field rules', () => {
  it('refuses a criterion key used in another domain, at the second use', () => {
    const input = sampleDefinition();
    input.domains[1]!.criteria[0]!.key = 'child-seen';
    const problems = problemsOf(input);
    expect(problems).toEqual([{ path: 'domains[1].criteria[0].key', message: '"child-seen" is used by another criterion' }]);
  });

  it('refuses a criterion key repeated within one domain', () => {
    const input = sampleDefinition();
    input.domains[0]!.criteria[1]!.key = 'child-seen';
    expect(problemAt(input, 'domains[0].criteria[1].key').message).toMatch(/used by another criterion/);
  });

  it('refuses two domains with the same key', () => {
    const input = sampleDefinition();
    input.domains[1]!.key = 'first-domain';
    expect(problemAt(input, 'domains[1].key').message).toBe('"first-domain" is used by another domain');
  });

  it('refuses two levels with the same value', () => {
    const input = sampleDefinition();
    input.scale.levels[2]!.value = 1;
    expect(problemAt(input, 'scale.levels[2].value').message).toBe('repeats the value 1 of level 1');
  });

  it('refuses two levels with the same label, ignoring case', () => {
    const input = sampleDefinition();
    input.scale.levels[2]!.label = 'WEAK';
    expect(problemAt(input, 'scale.levels[2].label').message).toBe('"WEAK" is used twice');
  });

  it('refuses a level labelled like the not-applicable label', () => {
    const input = sampleDefinition();
    input.scale.levels[0]!.label = 'not applicable';
    expect(problemAt(input, 'scale.levels[0].label').message).toMatch(/used twice/);
  });

  it('refuses goodOrBetterFrom that is not the value of a level', () => {
    const input = sampleDefinition();
    input.scale.goodOrBetterFrom = 5;
    expect(problemAt(input, 'scale.goodOrBetterFrom').message).toBe('must be the value of one of the levels');
  });
});

describe('unknown fields are refused at every level, never silently dropped', () => {
  it('refuses an unknown top-level field and names it', () => {
    const input = { ...sampleDefinition(), colour: 'blue' };
    const problems = problemsOf(input);
    expect(problems).toEqual([{ path: '', message: 'has unknown field(s) "colour"' }]);
  });

  it('refuses a misspelt criterion field (a typo would otherwise lose the text)', () => {
    const input = sampleDefinition();
    (input.domains[0]!.criteria[1] as Record<string, unknown>).whatGoodLookLike = 'Typo of whatGoodLooksLike';
    expect(problemsOf(input)).toEqual([{ path: 'domains[0].criteria[1]', message: 'has unknown field(s) "whatGoodLookLike"' }]);
  });

  it('refuses unknown fields in a domain, the scale and a level', () => {
    const input = sampleDefinition();
    (input.domains[1] as Record<string, unknown>).summary = 'x';
    (input.scale as Record<string, unknown>).naLabel = 'N/A';
    (input.scale.levels[0] as Record<string, unknown>).color = '#000000';
    const paths = problemsOf(input).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['domains[1]', 'scale', 'scale.levels[0]']));
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['key'], 'key'],
    [['domains', 0, 'criteria', 2, 'key'], 'domains[0].criteria[2].key'],
    [['scale', 'levels', 1], 'scale.levels[1]'],
  ] as const)('%j → %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
