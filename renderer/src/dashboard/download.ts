// Saving a chart: SVG text as it came from the core, PNG from the core's base64 bytes.
import { downloadText } from '../lib/download';

export function downloadSvg(fileName: string, svg: string): void {
  downloadText(fileName, svg, 'image/svg+xml');
}

export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
