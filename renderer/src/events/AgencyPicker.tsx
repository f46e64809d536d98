// "Participating agencies": a checkbox per agency in the partnership's list, and a small inline
// row to add one that is missing. Not a <form> of its own, because it sits inside event forms.
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { call } from '../api/client';
import { agencyTypeLabels, agencyTypes, guessAgencyType, type AgencyType } from '@model/agency';
import type { Agency } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';

interface Props {
  agencies: Agency[];
  selected: ReadonlySet<number>;
  onToggle: (id: number, on: boolean) => void;
  /** A new agency was added to the list (it is selected at once). */
  onAdded: (agency: Agency) => void;
  legend?: string;
  /** Anything to show after an agency's name (a badge, a button). */
  note?: (agency: Agency) => ReactNode;
}

export function AgencyPicker({ agencies, selected, onToggle, onAdded, legend = 'Participating agencies', note }: Props) {
  const [name, setName] = useState('');
  const [type, setType] = useState<AgencyType | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  async function add() {
    if (!name.trim()) {
      setError({ message: 'Type the new agency’s name first.', code: null, problems: [] });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const agency = await call('agencies.create', { name: name.trim(), type: type || undefined });
      onAdded(agency);
      setName('');
      setType('');
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setBusy(false);
    }
  }

  // Enter in the name box adds the agency instead of submitting the surrounding event form.
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void add();
    }
  }

  return (
    <fieldset className="agency-picker">
      <legend>{legend}</legend>
      {agencies.length === 0 ? (
        <p className="hint">No agencies yet. Add the first one below.</p>
      ) : (
        <ul className="checkbox-list">
          {agencies.map((agency) => (
            <li key={agency.id}>
              <label className="checkbox">
                <input type="checkbox" checked={selected.has(agency.id)} onChange={(e) => onToggle(agency.id, e.target.checked)} />
                {agency.name} <span className="key">({agencyTypeLabels[agency.type as AgencyType] ?? agency.type})</span>
              </label>
              {note?.(agency)}
            </li>
          ))}
        </ul>
      )}
      <div className="add-agency">
        <div className="field">
          <label htmlFor="new-agency-name">New agency name</label>
          <input
            id="new-agency-name"
            className="input input-medium"
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <div className="field">
          <label htmlFor="new-agency-type">Agency type</label>
          <select id="new-agency-type" className="input" value={type} onChange={(e) => setType(e.target.value as AgencyType | '')}>
            <option value="">{name.trim() ? `Guess from the name (${agencyTypeLabels[guessAgencyType(name)]})` : 'Guess from the name'}</option>
            {agencyTypes.map((t) => (
              <option key={t} value={t}>
                {agencyTypeLabels[t]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={busy} onClick={() => void add()}>
          {busy ? 'Adding…' : 'Add agency'}
        </button>
      </div>
      <ErrorBanner title="The agency was not added" error={error} />
    </fieldset>
  );
}
