// A page's changes made one at a time (add, save, delete...): while one runs the page is busy;
// it ends in a status line for the screen reader or an error banner headed by what failed.
import { useState } from 'react';
import { toShownError, type ShownError } from './errors';

export function useActions() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);

  /** Runs `work`, which resolves to the status to announce; `failedTitle` heads the banner if it throws. */
  async function act(failedTitle: string, work: () => Promise<string>): Promise<boolean> {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      setStatus(await work());
      return true;
    } catch (e) {
      setError(toShownError(e, failedTitle));
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Shows an error that happened before any call (a file that could not be read). */
  const show = (shown: ShownError) => setError(shown);

  return { busy, status, error, dismiss: () => setError(null), show, act };
}
