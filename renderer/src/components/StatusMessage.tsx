// A polite confirmation ("Saved", "Imported ..."): the live region is always in the page so
// screen readers announce the text when it appears.
import type { ReactNode } from 'react';

interface Props {
  children?: ReactNode;
  tone?: 'success' | 'info';
}

export function StatusMessage({ children, tone = 'success' }: Props) {
  return (
    <div role="status" className={children ? `banner banner-${tone}` : 'status-empty'}>
      {children}
    </div>
  );
}
