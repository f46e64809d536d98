// The dashboard's controls: which agencies and groups of children to count, a previous event to
// compare with, and whether cells from fewer than five cases are suppressed.
import { useId } from 'react';
import type { EventSummary } from '@contract/types';
import { hasFilters, noFilters, type FilterState } from './query';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  filters: FilterState;
  onFilters: (next: FilterState) => void;
  agencies: { id: number; name: string }[];
  ageStages: Option[];
  levelsOfNeed: Option[];
  neglectTypes: Option[];
  compareOptions: EventSummary[];
  compareWith: number | null;
  onCompare: (id: number | null) => void;
  suppress: boolean;
  onSuppress: (on: boolean) => void;
  threshold: number;
}

export function FilterPanel(props: Props) {
  const id = useId();
  const { filters, onFilters } = props;
  const toggle = <K extends keyof FilterState>(key: K, value: FilterState[K][number], on: boolean) => {
    const list = filters[key] as FilterState[K][number][];
    const next = on ? [...list, value] : list.filter((x) => x !== value);
    onFilters({ ...filters, [key]: next });
  };
  return (
    <section className="fd-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="fd-controls-title">
        Filters and comparison
      </h2>
      <div className="fd-filter-grid">
        <CheckGroup
          legend="Agency"
          options={props.agencies.map((a) => ({ value: String(a.id), label: a.name }))}
          chosen={filters.agencyIds.map(String)}
          onToggle={(v, on) => toggle('agencyIds', Number(v), on)}
        />
        <CheckGroup legend="Age stage" options={props.ageStages} chosen={filters.ageStages} onToggle={(v, on) => toggle('ageStages', v, on)} />
        <CheckGroup legend="Level of need" options={props.levelsOfNeed} chosen={filters.levelsOfNeed} onToggle={(v, on) => toggle('levelsOfNeed', v, on)} />
        <CheckGroup legend="Neglect type" options={props.neglectTypes} chosen={filters.neglectTypes} onToggle={(v, on) => toggle('neglectTypes', v, on)} />
      </div>
      <div className="fd-control-row">
        <button type="button" className="button button-small" disabled={!hasFilters(filters)} onClick={() => onFilters(noFilters)}>
          Clear filters
        </button>
        <div className="fd-inline-field">
          <label htmlFor={`${id}-compare`}>Compare with</label>
          <select
            id={`${id}-compare`}
            className="input input-small"
            value={props.compareWith ?? ''}
            onChange={(e) => props.onCompare(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">No comparison</option>
            {props.compareOptions.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={props.suppress} onChange={(e) => props.onSuppress(e.target.checked)} />
          Suppress groups under {props.threshold} cases
        </label>
      </div>
      {props.compareOptions.length === 0 && <p className="hint">No other event uses this framework yet, so there is nothing to compare with.</p>}
    </section>
  );
}

interface GroupProps {
  legend: string;
  options: Option[];
  chosen: string[];
  onToggle: (value: string, on: boolean) => void;
}

function CheckGroup({ legend, options, chosen, onToggle }: GroupProps) {
  return (
    <fieldset className="fd-check-group">
      <legend>
        {legend}
        {chosen.length > 0 && <span className="fd-chosen"> ({chosen.length} chosen)</span>}
      </legend>
      {options.length === 0 ? (
        <p className="hint">None recorded.</p>
      ) : (
        <ul className="fd-check-list">
          {options.map((o) => (
            <li key={o.value}>
              <label className="checkbox">
                <input type="checkbox" checked={chosen.includes(o.value)} onChange={(e) => onToggle(o.value, e.target.checked)} />
                {o.label}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
