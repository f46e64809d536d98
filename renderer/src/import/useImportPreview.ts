// Asks the core what an import would do with the chosen file, mapping and value choices. Re-runs
// (debounced) when either changes; late answers to an older mapping are dropped. When some rows are
// invalid the preview's counts are zero (a plain import would be refused), so a dry run with
// "valid rows only" supplies what would be written.
import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { ImportOutcome, ImportPreview } from '@contract/types';
import type { Mapping } from '@model/case-fields';
import type { ValueMapping } from '@model/value-mapping';
import { toShownError, type ShownError } from '../lib/errors';
import type { ReadFile } from '../lib/files';

export interface PreviewState {
  preview: ImportPreview | null;
  /** What importing only the valid rows would do; null when the preview's counts are already right. */
  validOnly: ImportOutcome | null;
  busy: boolean;
  error: ShownError | null;
}

const DEBOUNCE_MS = 400;

export function useImportPreview(eventId: number, file: ReadFile | null, mapping: Mapping | undefined, values: ValueMapping | undefined): PreviewState {
  const [state, setState] = useState<PreviewState & { file: ReadFile | null }>({ file: null, preview: null, validOnly: null, busy: false, error: null });
  // The mapping the shown preview was made with, so adopting it in the page does not ask again.
  const shownKey = useRef('');
  const mappingKey = mapping ? JSON.stringify([mapping, values ?? null]) : '';

  useEffect(() => {
    if (!file) {
      shownKey.current = '';
      setState({ file: null, preview: null, validOnly: null, busy: false, error: null });
      return;
    }
    if (mappingKey && mappingKey === shownKey.current) {
      // Back to the mapping already shown: an older request may have been dropped mid-way.
      setState((s) => (s.busy ? { ...s, busy: false } : s));
      return;
    }
    let live = true;
    setState((s) => ({ ...s, busy: true, error: null }));
    const timer = setTimeout(
      async () => {
        try {
          const input = { eventId, fileName: file.fileName, data: file.data, mapping, values };
          const preview = await call('cases.preview', input);
          const validOnly =
            preview.outcome && preview.outcome.errors.length > 0
              ? await call('cases.import', { ...input, mapping: preview.mapping, validOnly: true, dryRun: true })
              : null;
          if (!live) return;
          shownKey.current = JSON.stringify([preview.mapping, values ?? null]);
          setState({ file, preview, validOnly, busy: false, error: null });
        } catch (e) {
          const error = toShownError(e);
          if (live) setState((s) => (s.file === file ? { ...s, busy: false, error } : { file, preview: null, validOnly: null, busy: false, error }));
        }
      },
      mapping ? DEBOUNCE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // mappingKey stands for mapping and values: the same choices as new arrays must not ask again.
  }, [eventId, file, mappingKey]);

  // A preview of an earlier file is never shown for a new one.
  if (state.file !== file) return { preview: null, validOnly: null, busy: !!file, error: null };
  return state;
}
