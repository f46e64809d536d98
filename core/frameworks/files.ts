// Framework files on disk: JSON or YAML in, JSON or YAML out. Parse and validation errors name
// the file and the path of the field at fault.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import YAML, { isScalar, LineCounter } from 'yaml';
import { UserError } from '../../model/errors';
import { validateFramework, type FrameworkDefinition } from '../../model/framework';
import { describeProblems, firstProblems } from '../../model/problems';

export type FrameworkFormat = 'json' | 'yaml';

export function formatFromFileName(fileName: string): FrameworkFormat {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new UserError(`${basename(fileName)}: a framework file must end in .json, .yaml or .yml.`, 'BAD_FILE_TYPE');
}

export function parseFrameworkText(text: string, fileName: string): FrameworkDefinition {
  const format = formatFromFileName(fileName);
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new UserError(`${fileName}: not valid ${format.toUpperCase()}: ${(error as Error).message}`, 'PARSE_ERROR');
  }
  const result = validateFramework(data);
  if (!result.ok) {
    throw new UserError(`${fileName}: ${describeProblems(result.problems)}`, 'INVALID_FRAMEWORK', firstProblems(result.problems));
  }
  return result.framework;
}

/**
 * YAML with duplicate keys refused in one pass: the library's own check compares every key of a
 * mapping with every other (minutes for a mapping of 100,000 keys), so it is off and a Set does it.
 */
function parseYaml(text: string): unknown {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: false, lineCounter });
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message.split('\n')[0]);
  YAML.visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const at = isScalar(pair.key) && pair.key.range ? ` at line ${lineCounter.linePos(pair.key.range[0]).line}` : '';
        throw new Error(`the key "${String(key)}" appears twice in one mapping${at}`);
      }
    },
  });
  return doc.toJS();
}

export function readFrameworkFile(path: string): FrameworkDefinition {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}.`, 'FILE_NOT_READABLE');
  }
  return parseFrameworkText(text, path);
}

export function serialiseFramework(framework: FrameworkDefinition, format: FrameworkFormat): string {
  return format === 'json' ? `${JSON.stringify(framework, null, 2)}\n` : YAML.stringify(framework, { lineWidth: 100 });
}
