// Export the framework (this version) as a JSON or YAML file the user can share or edit.
import { useState } from 'react';
import { call } from '../api/client';
import { downloadText } from '../lib/download';
import { toShownError, type ShownError } from '../lib/errors';

interface Props {
  frameworkKey: string;
  version: number;
  onError: (error: ShownError | null) => void;
}

export function ExportButtons({ frameworkKey, version, onError }: Props) {
  const [busy, setBusy] = useState(false);

  async function exportAs(format: 'json' | 'yaml') {
    setBusy(true);
    onError(null);
    try {
      const file = await call('frameworks.export', { key: frameworkKey, format, version });
      downloadText(file.fileName, file.text, file.mimeType);
    } catch (e) {
      onError(toShownError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => exportAs('json')}>
        Export JSON
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => exportAs('yaml')}>
        Export YAML
      </button>
    </>
  );
}
