// The page's <h1>. After in-app navigation it takes focus, so keyboard and screen reader users
// start at the top of the new page; it also names the window.
import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;

export function PageTitle({ children, text }: { children: ReactNode; text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text} – Scrutineer`;
  }, [text]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
