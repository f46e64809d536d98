// "Import framework file…": a real button that opens a hidden file input. The file is read in the
// page and its text sent to the core, which parses and validates it; nothing changes on error.
import { useRef, useState, type ChangeEvent } from 'react';
import { call } from '../api/client';
import type { SaveResult } from '@contract/types';
import { toShownError, type ShownError } from '../lib/errors';

interface Props {
  onImported: (result: SaveResult, fileName: string) => void;
  onFailed: (error: ShownError, fileName: string) => void;
}

export function ImportButton({ onImported, onFailed }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Clear at once so choosing the same (fixed) file again fires another change.
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const text = await file.text();
      onImported(await call('frameworks.import', { fileName: file.name, text }), file.name);
    } catch (e) {
      onFailed(toShownError(e), file.name);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import framework file…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.yaml,.yml"
        aria-label="Framework file to import"
        className="visually-hidden"
        tabIndex={-1}
        onChange={onChange}
      />
    </>
  );
}
