// Inline form to copy a framework under a new key and name. Enter submits, Escape cancels.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import { slugify } from '@model/slug';
import { FormActions } from '../forms/FormActions';

interface Props {
  sourceKey: string;
  sourceName: string;
  onCloned: (newKey: string) => void;
  onCancel: () => void;
}

export function CloneForm({ sourceKey, sourceName, onCloned, onCancel }: Props) {
  const [newName, setNewName] = useState(`Copy of ${sourceName}`);
  const [newKey, setNewKey] = useState(slugify(`${sourceKey}-copy`));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    nameInput.current?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await call('frameworks.clone', { key: sourceKey, newKey: newKey.trim(), newName: newName.trim() });
      onCloned(result.key);
    } catch (e) {
      setError(toShownError(e));
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form className="panel inline-form" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby="clone-heading">
      <h2 id="clone-heading">Clone this framework</h2>
      <p className="hint">The copy starts at version 1 and is not used by any event.</p>
      <div className="field">
        <label htmlFor="clone-name">New name</label>
        <input
          ref={nameInput}
          id="clone-name"
          className="input input-wide"
          value={newName}
          required
          maxLength={200}
          onChange={(e) => setNewName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="clone-key">New key</label>
        <p className="hint" id="clone-key-hint">
          Lowercase letters and digits joined by hyphens. It cannot be changed later.
        </p>
        <input
          id="clone-key"
          className="input input-medium mono"
          value={newKey}
          required
          maxLength={64}
          aria-describedby="clone-key-hint"
          onChange={(e) => setNewKey(e.target.value)}
        />
      </div>
      <ErrorBanner title="The framework was not cloned" error={error} />
      <FormActions submitLabel="Create copy" busyLabel="Cloning…" busy={busy} onCancel={onCancel} />
    </form>
  );
}
