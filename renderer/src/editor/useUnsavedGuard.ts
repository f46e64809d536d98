// Asks before the user leaves with unsaved changes: closing or reloading the window
// (beforeunload) and moving to another page of the app (the router's leave guard).
import { useEffect, useRef } from 'react';
import { setLeaveGuard } from '../router';

export const LEAVE_MESSAGE = 'You have unsaved changes to this framework. Leave without saving?';

export function useUnsavedGuard(dirty: boolean, message: string = LEAVE_MESSAGE): void {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => setLeaveGuard(() => !dirtyRef.current || window.confirm(message)), [message]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
