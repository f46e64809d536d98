// "Export return": the encrypted return for the facilitator, saved or downloaded.
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { saveExport } from '../report/saveFile';

export function ExportReturnButton({ eventId }: { eventId: number }) {
  const [info] = useLoad(() => call('app.info', {}), []);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);

  async function run() {
    setBusy(true);
    setStatus('');
    setError(null);
    try {
      const { made, outcome } = await saveExport('returns.export', { eventId }, { transport: info.state === 'ready' ? info.value.transport : null });
      const what = `Return revision ${made.revision} (${made.audits} audits, encrypted for the facilitator only)`;
      setStatus(outcome.kind === 'saved' ? `${what} saved to ${outcome.path}.` : outcome.kind === 'downloaded' ? `${what} downloaded as ${outcome.fileName}.` : 'The return was not saved.');
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
          {busy ? 'Exporting…' : 'Export return…'}
        </button>
      </div>
      <ErrorBanner title="The return was not exported" error={error} onDismiss={() => setError(null)} />
      <StatusMessage>{status}</StatusMessage>
    </>
  );
}
