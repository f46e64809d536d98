// A page's autosave: one engine for the page, its state for the save-status line and the error
// banner, and never a lost save: everything is sent when the page is hidden, left in the app, or
// closed. A page whose last save failed may ask before the user leaves and loses it.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { setLeaveGuard } from '../router';
import { Autosaver, type SaverSnapshot } from './autosave';

export function useAutosaver(options: { delayMs?: number; askWhenFailed?: string } = {}): { saver: Autosaver; saved: SaverSnapshot } {
  const [saver] = useState(() => new Autosaver(options.delayMs ?? 500));
  const saved = useSyncExternalStore(saver.subscribe, saver.getSnapshot);
  useFlushOnLeave(saver, options.askWhenFailed);
  return { saver, saved };
}

function useFlushOnLeave(saver: Autosaver, askWhenFailed?: string): void {
  useEffect(() => {
    const failed = () => saver.getSnapshot().state === 'failed';
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saver.flushAll();
    };
    const onPageHide = () => saver.flushAll();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      saver.flushAll();
      if (failed()) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    const unguard = setLeaveGuard(() => {
      saver.flushAll();
      return !askWhenFailed || !failed() || window.confirm(askWhenFailed);
    });
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unguard();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      saver.flushAll();
    };
  }, [saver, askWhenFailed]);
}
