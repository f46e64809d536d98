// One criterion in the editor: key, title, guidance prompts and what good looks like, with
// buttons to move it within its domain (or to another domain) and to remove it.
import type { ValidationProblem } from '@model/problems';
import { refocus } from '../lib/refocus';
import { slugify } from '@model/slug';
import type { DraftCriterion } from './draft';
import { Field } from './Field';

interface Props {
  criterion: DraftCriterion;
  /** Path prefix such as "domains[0].criteria[2]". */
  path: string;
  position: number;
  count: number;
  problems: readonly ValidationProblem[];
  otherDomains: { index: number; title: string }[];
  onChange: (next: DraftCriterion) => void;
  onMove: (offset: -1 | 1) => void;
  onMoveToDomain: (domainIndex: number) => void;
  onRemove: () => void;
}

export function CriterionEditor({ criterion, path, position, count, problems, otherDomains, onChange, onMove, onMoveToDomain, onRemove }: Props) {
  const name = criterion.title.trim() || `${position}`;
  const set = (patch: Partial<DraftCriterion>) => onChange({ ...criterion, ...patch });

  function setTitle(title: string) {
    // A key that was blank or followed the old title keeps following the title.
    const follows = criterion.key === '' || criterion.key === slugify(criterion.title);
    set(follows ? { title, key: slugify(title) } : { title });
  }

  return (
    <fieldset className="criterion-editor">
      <legend>
        Criterion {position}: {criterion.title.trim() || '(no title)'}
      </legend>
      <Field path={`${path}.title`} label="Criterion title" problems={problems}>
        {(p) => <input {...p} className="input input-wide" value={criterion.title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field path={`${path}.key`} label="Criterion key" hint="A stable identifier used by reports and comparisons, e.g. child-focus." problems={problems}>
        {(p) => <input {...p} className="input input-medium mono" spellCheck={false} value={criterion.key} onChange={(e) => set({ key: e.target.value })} />}
      </Field>
      <Field path={`${path}.guidance`} label="Guidance prompts (one per line)" withChildren problems={problems}>
        {(p) => <textarea {...p} className="input input-wide" rows={Math.max(3, criterion.guidanceText.split('\n').length + 1)} value={criterion.guidanceText} onChange={(e) => set({ guidanceText: e.target.value })} />}
      </Field>
      <Field path={`${path}.whatGoodLooksLike`} label="What good looks like" problems={problems}>
        {(p) => <textarea {...p} className="input input-wide" rows={3} value={criterion.whatGoodLooksLike} onChange={(e) => set({ whatGoodLooksLike: e.target.value })} />}
      </Field>
      <div className="actions actions-small">
        <button type="button" className="button button-small" id={`${criterion.id}-up`} aria-label={`Move criterion ${name} up`} disabled={position === 1} onClick={() => { onMove(-1); refocus(`${criterion.id}-up`, `${criterion.id}-down`); }}>
          Up
        </button>
        <button type="button" className="button button-small" id={`${criterion.id}-down`} aria-label={`Move criterion ${name} down`} disabled={position === count} onClick={() => { onMove(1); refocus(`${criterion.id}-down`, `${criterion.id}-up`); }}>
          Down
        </button>
        {otherDomains.length > 0 && (
          <select
            className="input input-small"
            aria-label={`Move criterion ${name} to another domain`}
            value=""
            onChange={(e) => e.target.value !== '' && onMoveToDomain(Number(e.target.value))}
          >
            <option value="">Move to domain…</option>
            {otherDomains.map((d) => (
              <option key={d.index} value={d.index}>
                {d.title}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="button button-small button-danger" aria-label={`Remove criterion ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
