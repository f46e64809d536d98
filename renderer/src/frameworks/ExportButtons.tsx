// Export the framework (this version) as a JSON or YAML file the user can share or edit.
import { useState } from 'react';
import { saveExport } from '../report/saveFile';
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
      await saveExport('frameworks.export', { key: frameworkKey, format, version });
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
