// A framework's themes: the list auditors and the facilitator code audits and findings with. Add,
// rename and archive (archived themes keep their tags and leave the list offered for tagging).
import { useState, type FormEvent } from 'react';
import type { Theme } from '@contract/types';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import './themes.css';

export function ThemesEditor({ frameworkKey }: { frameworkKey: string }) {
  const [list, reload] = useLoad(() => call('themes.list', { frameworkKey, includeArchived: true }), [frameworkKey]);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [message, setMessage] = useState('');
  const run = async (what: () => Promise<string>) => {
    setError(null);
    setMessage('');
    try {
      setMessage(await what());
      reload();
    } catch (e) {
      setError(toShownError(e, 'The themes were not changed'));
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!label.trim()) {
      setError({ message: 'Write the theme first.', code: 'INVALID_INPUT', problems: [] });
      return;
    }
    void run(async () => {
      const theme = await call('themes.create', { frameworkKey, label });
      setLabel('');
      return `Added “${theme.label}”.`;
    });
  };
  const themes = list.state === 'ready' ? list.value : [];
  return (
    <div className="themes-editor">
      <p className="hint">Audits and findings of events on this framework are tagged with these themes; the dashboard and the report count them.</p>
      <ErrorBanner error={list.state === 'error' ? list.error : error} />
      <StatusMessage>{message}</StatusMessage>
      <ul className="themes-list">
        {themes.map((t) => (
          <ThemeRow key={`${t.id}:${t.label}:${t.archived}`} theme={t} onChange={run} />
        ))}
      </ul>
      <form className="theme-add" onSubmit={add} noValidate>
        <label htmlFor="theme-new">New theme</label>
        <input id="theme-new" className="input" maxLength={120} value={label} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="button">
          Add theme
        </button>
      </form>
    </div>
  );
}

function ThemeRow({ theme, onChange }: { theme: Theme; onChange: (what: () => Promise<string>) => Promise<void> }) {
  const [text, setText] = useState(theme.label);
  const id = `theme-${theme.id}`;
  return (
    <li className={theme.archived ? 'theme-archived' : undefined}>
      <label htmlFor={id} className="visually-hidden">
        Theme name
      </label>
      <input id={id} className="input" maxLength={120} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="button button-small"
        disabled={!text.trim() || text.trim() === theme.label}
        onClick={() => void onChange(async () => `Renamed to “${(await call('themes.update', { id: theme.id, label: text })).label}”.`)}
      >
        Rename<span className="visually-hidden"> {theme.label}</span>
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={() => void onChange(async () => ((await call('themes.update', { id: theme.id, archived: !theme.archived })).archived ? `Archived “${theme.label}”.` : `Restored “${theme.label}”.`))}
      >
        {theme.archived ? 'Restore' : 'Archive'}
        <span className="visually-hidden"> {theme.label}</span>
      </button>
      {theme.archived && <span className="hint"> Archived</span>}
    </li>
  );
}
