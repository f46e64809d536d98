// The framework loader against generated files (fast-check): the valid sample with a few values
// set, deleted, repeated or added beside, and definitions built near the schema with any field
// other text or numbers, written as JSON or YAML, sometimes with a character changed, under a
// matching or wrong name; plus the 10,000-criterion framework and a YAML with a duplicate key,
// made at test time. Every file is saved or refused with a user error, and a refused one leaves
// the database as it was.
import fc from 'fast-check';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { importFrameworkText } from '../../../core/frameworks/service';
import { serialiseFramework } from '../../../core/frameworks/files';
import { sampleDefinition, withCriteria } from '../frameworks/fixtures';
import { tempCore } from '../helpers/core';
import { acceptedOrRefused, hostileText, propertyTimeoutMs, runsPerImporter, tally } from './fuzz-support';

const mostly = <T>(known: T[], other: fc.Arbitrary<unknown> = hostileText) => fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 8 }, { arbitrary: other, weight: 1 });
const anyValue = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
/** An object, sometimes with a field the schema does not know. */
const withExtra = <T extends object>(record: fc.Arbitrary<T>) =>
  fc.tuple(record, fc.option(fc.tuple(hostileText, anyValue), { freq: 10 })).map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));

const criterion = withExtra(
  fc.record({
    key: mostly(['child-seen', 'plan-clear', 'no-drift', 'voice', 'risk', 'Bad Key']),
    title: mostly(['Was the child seen?', 'Is the plan clear?']),
    guidance: mostly([[], ['Seen alone?']], fc.array(anyValue, { maxLength: 3 })),
    whatGoodLooksLike: mostly(['', 'Seen and heard.']),
  }),
);
const level = withExtra(
  fc.record({
    label: mostly(['Weak', 'Fair', 'Strong', 'Good', 'Not applicable']),
    value: mostly([0, 1, 2, 3, 4], anyValue),
    colour: mostly(['#b03a2e', '#1b7a3e', '#e69f00'], hostileText),
    description: mostly(['', 'Clearly good.']),
  }),
);
const definition = withExtra(
  fc.record({
    key: mostly(['fuzz-one', 'fuzz-two', 'fuzz-three', 'fictional-audit']),
    name: mostly(['Fuzzed framework', 'Another']),
    version: mostly([1, 2], anyValue),
    description: mostly(['', 'Made by the fuzz test.']),
    scale: withExtra(
      fc.record({
        levels: fc.array(level, { maxLength: 5 }),
        notApplicableLabel: mostly(['Not applicable', 'N/A']),
        goodOrBetterFrom: mostly([1, 2, 3], anyValue),
      }),
    ),
    domains: fc.array(withExtra(fc.record({ key: mostly(['first', 'second', 'third']), title: mostly(['First', 'Second']), criteria: fc.array(criterion, { maxLength: 4 }) })), { maxLength: 3 }),
  }),
);

/** Every path to a value in a definition: objects' fields and arrays' items. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((item, i) => paths(item, [...prefix, i])) : Object.entries(value).map(([k, v]) => paths(v, [...prefix, k]));
  return [prefix, ...children.flat()];
}

type Change = { path: number; action: 'set' | 'delete' | 'repeat' | 'extra'; value: unknown };

/** The valid sample with a few changes: each sets, deletes, repeats or adds beside one value. */
function changed(key: string, changes: Change[]): unknown {
  const fw = { ...sampleDefinition(), key } as Record<string, unknown>;
  for (const change of changes) {
    const all = paths(fw).filter((p) => p.length > 0);
    const path = all[change.path % all.length]!;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, step) => node[step] as Record<string | number, unknown>, fw);
    const last = path.at(-1)!;
    if (change.action === 'set') parent[last] = change.value;
    else if (Array.isArray(parent)) {
      if (change.action === 'delete') parent.splice(Number(last), 1);
      else parent.push(structuredClone(parent[Number(last)]));
    } else if (change.action === 'delete') delete parent[last];
    else parent[`${String(last)}${change.action === 'extra' ? 'Extra' : ''}`] = change.value;
  }
  return fw;
}

const nearlyValid = fc
  .tuple(
    fc.constantFrom('fuzz-one', 'fuzz-two', 'fuzz-three', 'fictional-audit'),
    fc.array(fc.record({ path: fc.nat(), action: fc.constantFrom('set', 'delete', 'repeat', 'extra'), value: anyValue }), { maxLength: 3 }),
  )
  .map(([key, changes]) => changed(key, changes as Change[]));

type FrameworkFile = { fileName: string; text: string };

const generated: fc.Arbitrary<FrameworkFile> = fc
  .record({
    definition: fc.oneof(nearlyValid, definition),
    format: fc.constantFrom('json', 'yaml'),
    name: fc.constantFrom('matching', 'matching', 'matching', 'yml', 'txt', 'other'),
    cut: fc.option(fc.tuple(fc.nat(), hostileText), { freq: 5 }),
  })
  .map(({ definition, format, name, cut }) => {
    let text = format === 'json' ? JSON.stringify(definition, null, 2) : YAML.stringify(definition);
    if (cut) {
      const at = cut[0] % (text.length + 1);
      text = text.slice(0, at) + cut[1] + text.slice(at + 1);
    }
    const ext = { matching: format, yml: 'yml', txt: 'txt', other: format === 'json' ? 'yaml' : 'json' }[name];
    return { fileName: `framework.${ext}`, text };
  });

const tenThousandCriteria: FrameworkFile[] = (['json', 'yaml'] as const).map((format) => ({ fileName: `huge.${format}`, text: serialiseFramework(withCriteria(10_000), format) }));
const duplicateKey: FrameworkFile = { fileName: 'twice.yaml', text: serialiseFramework(sampleDefinition() as never, 'yaml').replace('name: Fictional audit', 'name: Fictional audit\nname: Again') };

describe('framework loader, fuzzed', () => {
  it(`${runsPerImporter} generated files: each saved or refused with a user error; a refusal changes nothing`, async () => {
    const core = tempCore();
    const verdicts = tally();
    const examples = [...tenThousandCriteria, duplicateKey];
    await fc.assert(
      fc.asyncProperty(generated, async (file) => {
        const verdict = await acceptedOrRefused(core.store.sqlite, () => importFrameworkText(core.store.db, file.text, file.fileName), () => false);
        if (examples.includes(file)) expect(verdict, file.fileName).toBe('refused');
        verdicts.add(verdict);
      }),
      { numRuns: runsPerImporter, examples: examples.map((file) => [file] as [typeof file]) },
    );
    expect(verdicts.counts.accepted).toBeGreaterThan(0);
    expect(verdicts.counts.refused).toBeGreaterThan(0);
  }, propertyTimeoutMs);
});
