// Saves text as a file through a Blob and a temporary <a download>: works in the browser and in
// Electron (which shows its own save dialog) without any extra call to the core.

export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some engines start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
