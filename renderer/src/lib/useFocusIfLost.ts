// When an action replaces the part of the page that had focus (the button is gone), the browser
// drops focus to the page itself; this puts it on the new content instead. Not on first render
// (the page's own heading takes focus then), and focus the user placed elsewhere is left alone.
import { useEffect, useRef } from 'react';

export function useFocusIfLost(targetId: string, changed: unknown): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body) document.getElementById(targetId)?.focus();
  }, [targetId, changed]);
}
