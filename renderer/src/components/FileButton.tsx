// "Choose … file…": a real button that opens a hidden file input, reads the file with a visible
// progress bar, and hands its base64 bytes on. Used for case imports and case documents.
import { useRef, useState, type ChangeEvent } from 'react';
import { readForUpload, type ReadFile } from '../lib/files';
import { toShownError, type ShownError } from '../lib/errors';

interface Props {
  label: string;
  /** The hidden input's name, for tests and assistive technology. */
  inputLabel: string;
  accept: string;
  disabled?: boolean;
  primary?: boolean;
  onRead: (file: ReadFile) => void | Promise<void>;
  onFailed: (error: ShownError, fileName: string) => void;
}

export function FileButton({ label, inputLabel, accept, disabled, primary, onRead, onFailed }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<{ name: string; fraction: number } | null>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Clear at once so choosing the same (fixed) file again fires another change.
    event.target.value = '';
    if (!file) return;
    setReading({ name: file.name, fraction: 0 });
    try {
      const read = await readForUpload(file, (fraction) => setReading({ name: file.name, fraction }));
      setReading(null);
      await onRead(read);
    } catch (e) {
      setReading(null);
      onFailed(toShownError(e), file.name);
    }
  }

  return (
    <>
      <button
        type="button"
        className={`button${primary ? ' button-primary' : ''}`}
        disabled={disabled || reading !== null}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input ref={input} type="file" accept={accept} aria-label={inputLabel} className="visually-hidden" tabIndex={-1} onChange={onChange} />
      {reading && (
        <span className="progress-line">
          <label htmlFor="file-read-progress">Reading {reading.name}</label>
          <progress id="file-read-progress" max={1} value={reading.fraction}>
            {Math.round(reading.fraction * 100)}%
          </progress>
        </span>
      )}
    </>
  );
}
