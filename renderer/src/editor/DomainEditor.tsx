// One domain in the editor: its title and key, and its criteria in order.
import type { ValidationProblem } from '@model/problems';
import { refocus } from '../lib/refocus';
import { slugify } from '@model/slug';
import { CriterionEditor } from './CriterionEditor';
import { move, newId, type DraftCriterion, type DraftDomain } from './draft';
import { Field, GroupProblems } from './Field';

interface Props {
  domain: DraftDomain;
  index: number;
  count: number;
  problems: readonly ValidationProblem[];
  allDomains: readonly DraftDomain[];
  onChange: (next: DraftDomain) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  onMoveCriterion: (criterionIndex: number, toDomain: number) => void;
}

export function emptyCriterion(): DraftCriterion {
  return { id: newId(), key: '', title: '', guidanceText: '', whatGoodLooksLike: '' };
}

export function DomainEditor({ domain, index, count, problems, allDomains, onChange, onMove, onRemove, onMoveCriterion }: Props) {
  const path = `domains[${index}]`;
  const name = domain.title.trim() || `${index + 1}`;
  const setCriteria = (criteria: DraftCriterion[]) => onChange({ ...domain, criteria });
  const otherDomains = allDomains.flatMap((d, i) => (i === index ? [] : [{ index: i, title: d.title.trim() || `Domain ${i + 1}` }]));

  function setTitle(title: string) {
    const follows = domain.key === '' || domain.key === slugify(domain.title);
    onChange(follows ? { ...domain, title, key: slugify(title) } : { ...domain, title });
  }

  function remove() {
    const n = domain.criteria.length;
    if (n > 0 && !window.confirm(`Remove the domain “${name}” and its ${n} ${n === 1 ? 'criterion' : 'criteria'}?`)) return;
    onRemove();
  }

  return (
    <fieldset className="domain-editor">
      <legend>
        Domain {index + 1}: {domain.title.trim() || '(no title)'}
      </legend>
      <div className="level-grid">
        <Field path={`${path}.title`} label="Domain title" problems={problems} className="grow">
          {(p) => <input {...p} className="input input-wide" value={domain.title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field path={`${path}.key`} label="Domain key" problems={problems}>
          {(p) => <input {...p} className="input input-medium mono" spellCheck={false} value={domain.key} onChange={(e) => onChange({ ...domain, key: e.target.value })} />}
        </Field>
      </div>
      <div className="actions actions-small">
        <button type="button" className="button button-small" id={`${domain.id}-up`} aria-label={`Move domain ${name} up`} disabled={index === 0} onClick={() => { onMove(-1); refocus(`${domain.id}-up`, `${domain.id}-down`); }}>
          Up
        </button>
        <button type="button" className="button button-small" id={`${domain.id}-down`} aria-label={`Move domain ${name} down`} disabled={index === count - 1} onClick={() => { onMove(1); refocus(`${domain.id}-down`, `${domain.id}-up`); }}>
          Down
        </button>
        <button type="button" className="button button-small button-danger" aria-label={`Remove domain ${name}`} onClick={remove}>
          Remove domain
        </button>
      </div>
      <GroupProblems path={`${path}.criteria`} problems={problems} />
      {domain.criteria.map((criterion, c) => (
        <CriterionEditor
          key={criterion.id}
          criterion={criterion}
          path={`${path}.criteria[${c}]`}
          position={c + 1}
          count={domain.criteria.length}
          problems={problems}
          otherDomains={otherDomains}
          onChange={(next) => setCriteria(domain.criteria.map((x, j) => (j === c ? next : x)))}
          onMove={(offset) => setCriteria(move(domain.criteria, c, c + offset))}
          onMoveToDomain={(to) => onMoveCriterion(c, to)}
          onRemove={() => setCriteria(domain.criteria.filter((_, j) => j !== c))}
        />
      ))}
      <div className="actions">
        <button type="button" className="button" aria-label={`Add criterion to ${name}`} onClick={() => setCriteria([...domain.criteria, emptyCriterion()])}>
          Add criterion
        </button>
      </div>
    </fieldset>
  );
}
