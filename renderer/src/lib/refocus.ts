// After a row moves, the browser may drop focus from the button that moved it; put focus back on
// the first of the given elements that can still take it.

export function refocus(...ids: string[]): void {
  setTimeout(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  }, 0);
}
