// The page's <h1>. After in-app navigation it takes focus, so keyboard and screen reader users
// start at the top of the new page; `text` also names the window (document.title, which the
// desktop window and the taskbar show). Taskbars and shared screens show that title, so it never
// holds a case reference: pages about one case name the kind of page, the heading names the case.
import { useEffect, useRef, type ReactNode } from 'react';
import { navigationCount } from '../router';

let focusedFor = 0;

export function PageTitle({ children, text }: { children: ReactNode; text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text} – Scrutineer`;
  }, [text]);
  useEffect(() => {
    // Once per navigation, or again if a loading placeholder that had focus was replaced.
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (navigationCount > 0 && (focusedFor !== navigationCount || lost)) {
      focusedFor = navigationCount;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
