// The draft behind an add-or-edit form (a finding, a recommendation): edits, a required text
// checked before sending, and a fresh form after a successful add.
import { useId, useState, type FormEvent } from 'react';

export function useDraft<Draft extends { text: string }>(initial: Draft, onSubmit: (draft: Draft) => Promise<boolean>) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(initial);
  const [textMissing, setTextMissing] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent): Promise<boolean> {
    event.preventDefault();
    if (!draft.text.trim()) {
      setTextMissing(true);
      document.getElementById(`${id}-text`)?.focus();
      return false;
    }
    setTextMissing(false);
    const done = await onSubmit(draft);
    if (done) setDraft(initial);
    return done;
  }

  return { id, draft, set, textMissing, submit };
}

/** A list with `item` added or taken away. */
export function toggled<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}
