// Problems from validateFramework, matched to the fields that caused them by path, e.g.
// "domains[0].criteria[2].key".
import type { ValidationProblem } from '@model/problems';

/** The DOM id of the input for a path, so the summary can move focus there. */
import { fieldId } from '../lib/fieldId';

export { fieldId };

/** Problems for exactly this path, or (with `withChildren`) for anything inside it. */
export function problemsAt(problems: readonly ValidationProblem[], path: string, withChildren = false): ValidationProblem[] {
  return problems.filter((p) => p.path === path || (withChildren && (p.path.startsWith(`${path}[`) || p.path.startsWith(`${path}.`))));
}

const fieldNames: Record<string, string> = {
  key: 'key',
  name: 'name',
  title: 'title',
  description: 'description',
  guidance: 'guidance prompt',
  whatGoodLooksLike: 'what good looks like',
  scale: 'scale',
  levels: 'levels',
  label: 'label',
  value: 'value',
  colour: 'colour',
  notApplicableLabel: '“not applicable” label',
  goodOrBetterFrom: 'good or better from',
  domains: 'domains',
  criteria: 'criteria',
};

/** "domains[0].criteria[2].key" -> "Domain 1, criterion 3: key". */
export function describePath(path: string): string {
  if (!path) return 'Framework';
  const parts: string[] = [];
  let field = '';
  for (const match of path.matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)) {
    const [, name = '', index] = match;
    if (index === undefined) {
      field = fieldNames[name] ?? name;
      continue;
    }
    const n = Number(index) + 1;
    if (name === 'domains') parts.push(`Domain ${n}`);
    else if (name === 'criteria') parts.push(`criterion ${n}`);
    else if (name === 'levels') parts.push(`Scale level ${n}`);
    else if (name === 'guidance') field = `guidance prompt ${n}`;
    else parts.push(`${fieldNames[name] ?? name} ${n}`);
  }
  const where = parts.join(', ');
  if (!where) return field.charAt(0).toUpperCase() + field.slice(1);
  return field ? `${where}: ${field}` : where;
}

/** Focus the field for a path, or the nearest enclosing one that exists. */
export function focusField(path: string): void {
  let current = path;
  while (current) {
    const element = document.getElementById(fieldId(current));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return;
    }
    current = current.replace(/(\.[A-Za-z]+|\[\d+\])$/, '');
  }
}

/** One problem per field is enough: an empty key is "required", not also "must be lowercase...". */
export function firstPerPath(problems: readonly ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.path) && (seen.add(p.path), true));
}
