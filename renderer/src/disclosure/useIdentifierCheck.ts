// The core's identifier guard on text as it is typed: a short pause, then one check. The answer
// is the core's (the same guard that refuses the quote tick and blocks exports); the page only
// shows it.
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { CallValue } from '@contract/contract';

export type IdentifierCheck = CallValue<'disclosure.check'>;

const none: IdentifierCheck = { hits: [], found: '' };

export function useIdentifierCheck(text: string, delayMs = 150): IdentifierCheck {
  const [result, setResult] = useState<IdentifierCheck>(none);
  useEffect(() => {
    if (!text.trim()) {
      setResult(none);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      call('disclosure.check', { text }).then(
        (r) => current && setResult(r),
        () => current && setResult(none),
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, delayMs]);
  return result;
}
