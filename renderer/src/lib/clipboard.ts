// Copying text for the user (a chaser, a passphrase), with a message either way: some browsers
// and locked-down desktops refuse the clipboard.
export async function copyText(text: string, done: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return 'Copying was not allowed here: select the text and copy it yourself.';
  }
}
