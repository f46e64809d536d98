// Framework files on disk: JSON or YAML in, JSON or YAML out. Parse and validation errors name
// the file and the path of the field at fault.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import YAML from 'yaml';
import { UserError } from '../../model/errors';
import { validateFramework, type FrameworkDefinition } from '../../model/framework';
import { describeProblems } from '../../model/problems';

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
    if (format === 'json') data = JSON.parse(text);
    else {
      const doc = YAML.parseDocument(text, { prettyErrors: true });
      if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message.split('\n')[0]);
      data = doc.toJS();
    }
  } catch (error) {
    throw new UserError(`${fileName}: not valid ${format.toUpperCase()}: ${(error as Error).message}`, 'PARSE_ERROR');
  }
  const result = validateFramework(data);
  if (!result.ok) {
    throw new UserError(`${fileName}: ${describeProblems(result.problems)}`, 'INVALID_FRAMEWORK', result.problems);
  }
  return result.framework;
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
