// Reading a chosen file in the page and sending its bytes to the core as base64. Reading reports
// progress (large exports take a moment); encoding works in chunks so a 20 MB file never becomes
// a string built one character at a time.

export interface ReadFile {
  fileName: string;
  size: number;
  /** The file's bytes, base64-encoded for the call. */
  data: string;
}

/** Reads a file with FileReader so progress events can drive a <progress> bar. */
export function readFileBytes(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onload = () => {
      onProgress(1);
      resolve(new Uint8Array(reader.result as ArrayBuffer));
    };
    reader.onerror = () => reject(new Error(`${file.name} could not be read: ${reader.error?.message ?? 'unknown error'}.`));
    reader.onabort = () => reject(new Error(`Reading ${file.name} was stopped.`));
    reader.readAsArrayBuffer(file);
  });
}

// A multiple of 3 so each chunk encodes to whole base64 groups and the pieces join cleanly.
const CHUNK = 3 * 0x2000;

export function toBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    pieces.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return pieces.join('');
}

export async function readForUpload(file: File, onProgress: (fraction: number) => void): Promise<ReadFile> {
  const bytes = await readFileBytes(file, onProgress);
  return { fileName: file.name, size: file.size, data: toBase64(bytes) };
}

/** 812 bytes, 14 KB, 3.2 MB: sizes as people read them (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
