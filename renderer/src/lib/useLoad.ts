// Loads data for a page: loading, value or error, and a reload for after a change.
import { useCallback, useEffect, useState } from 'react';
import { toShownError, type ShownError } from './errors';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: ShownError }
  | { state: 'ready'; value: T };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'error', error: toShownError(error) }),
    );
    return () => {
      live = false;
    };
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [result, reload];
}
