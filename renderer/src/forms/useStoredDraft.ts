// A form's draft kept in the window's session storage, so a reload (or a crash of the page)
// does not lose what was typed. Cleared when the form is sent; never holds case data.
import { useEffect, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const stored = window.sessionStorage.getItem(key);
    return stored === null ? initial : { ...initial, ...(JSON.parse(stored) as Partial<T>) };
  } catch {
    return initial;
  }
}

export function useStoredDraft<T extends object>(key: string, initial: T): [T, (next: T | ((current: T) => T)) => void, () => void] {
  const storageKey = `scrutineer.draft.${key}`;
  const [draft, setDraft] = useState<T>(() => read(storageKey, initial));
  useEffect(() => {
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(draft));
    } catch {
      // Storage full or refused: the form still works, it just is not kept.
    }
  }, [storageKey, draft]);
  const clear = () => window.sessionStorage.removeItem(storageKey);
  return [draft, setDraft, clear];
}
