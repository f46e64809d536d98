// Autosave for the moderation page. Saves run one after another (so two edits of one rationale
// arrive in order) and the page shows "Saving…" until the last has finished. Text fields save
// after half a second without typing, on leaving the field, and when the page goes away.
import { useCallback, useEffect, useRef, useState } from 'react';
import { toChangeError, type ChangeError } from './changeError';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface Saver {
  state: SaveState;
  error: ChangeError | null;
  dismiss: () => void;
  /** Queues a save; `title` heads the error banner if it fails, and `onFail` can undo the screen. */
  save: (title: string, work: () => Promise<void>, onFail?: () => void) => void;
}

export function useSaver(): Saver {
  const chain = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<ChangeError | null>(null);
  const save = useCallback((title: string, work: () => Promise<void>, onFail?: () => void) => {
    pending.current += 1;
    setState('saving');
    chain.current = chain.current.then(async () => {
      try {
        await work();
        pending.current -= 1;
        if (pending.current === 0) setState((s) => (s === 'failed' ? s : 'saved'));
      } catch (e) {
        pending.current -= 1;
        setError(toChangeError(e, title));
        setState('failed');
        onFail?.();
      }
    });
  }, []);
  const dismiss = useCallback(() => {
    setError(null);
    setState('idle');
  }, []);
  return { state, error, dismiss, save };
}

/** A text box's value that saves itself after `delay` ms idle and on blur or unmount. */
export function useAutosavedText(saved: string, onSave: (text: string) => void, delay = 500) {
  const [text, setText] = useState(saved);
  const latest = useRef(saved);
  const sent = useRef(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(onSave);
  saveRef.current = onSave;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current !== sent.current) {
      sent.current = latest.current;
      saveRef.current(latest.current);
    }
  }, []);

  useEffect(() => flush, [flush]);

  const change = useCallback(
    (next: string) => {
      latest.current = next;
      setText(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [flush, delay],
  );
  return { text, change, flush };
}
