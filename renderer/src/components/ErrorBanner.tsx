// The one error banner: an error that needs the user's attention, announced at once, with each
// problem by field path. A change refused because Settings has no user name gets a plain
// explanation and a link to Settings instead of the core's message.
import { useEffect, useRef, type ReactNode } from 'react';
import type { ShownError } from '../lib/errors';
import type { ValidationProblem } from '@model/problems';
import { fieldId } from '../lib/fieldId';
import { href } from '../router';

interface Props {
  error: ShownError | null;
  /** The headline when the error brings none of its own. */
  title?: string;
  onDismiss?: () => void;
  /** Move focus to the banner when it appears: after an action the user took, so the keyboard follows. */
  focus?: boolean;
  /** A way out offered beside the message (e.g. "Archive it instead"). */
  children?: ReactNode;
  /** Each field's label by path, so a problem reads "Name is required", never "`name` is required". */
  labels?: Record<string, string>;
}

export function ErrorBanner({ error, title = 'There is a problem', onDismiss, focus = false, children, labels }: Props) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && error) banner.current?.focus();
  }, [focus, error]);
  if (!error) return null;
  if (error.code === 'NO_USER_NAME')
    return (
      <div ref={banner} tabIndex={-1} className="banner banner-error" role="alert">
        <p className="banner-title">Enter your name in Settings first</p>
        <p>
          Every change is stamped with the name of the person who made it, so the audit trail shows who did what. Nothing was
          saved. <a href={href.settings()}>Go to Settings to enter your name</a>, then come back.
        </p>
      </div>
    );
  return (
    <div ref={banner} tabIndex={-1} className="banner banner-error" role="alert">
      <p className="banner-title">{error.title ?? title}</p>
      {/* The core's message repeats every problem; the list below says it more clearly. */}
      <p>{error.problems.length > 0 ? problemCount(error.problems.length) : error.message}</p>
      {error.problems.length > 0 && (
        <ul className="problem-list">
          {error.problems.map((p, i) => (
            <li key={i}>
              <ProblemLine problem={p} labels={labels} />
            </li>
          ))}
        </ul>
      )}
      {children}
      {onDismiss && (
        <button type="button" className="button button-small" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}

/** "auditDate" -> "Audit date": a plain field name reads as words; a path into a file stays as written. */
export function fieldLabel(path: string, labels?: Record<string, string>): string | null {
  if (labels?.[path]) return labels[path]!;
  if (!/^[a-zA-Z]+$/.test(path)) return null;
  const words = path.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A problem with its field's label, linked to the field when it is on the page (the GOV.UK error summary). */
function ProblemLine({ problem, labels }: { problem: ValidationProblem; labels?: Record<string, string> }) {
  if (!problem.path) return <>{problem.message}</>;
  const label = fieldLabel(problem.path, labels);
  if (!label)
    return (
      <>
        <code>{problem.path}</code> {problem.message}
      </>
    );
  const id = fieldId(problem.path);
  const text = `${label} ${problem.message}`;
  if (!labels?.[problem.path]) return <>{text}</>;
  return (
    <a
      href={`#${id}`}
      onClick={(e) => {
        // The hash is the router's: move focus to the field without navigating.
        e.preventDefault();
        document.getElementById(id)?.focus();
      }}
    >
      {text}
    </a>
  );
}

function problemCount(n: number): string {
  return n === 1 ? 'There is 1 problem to fix:' : `There are ${n} problems to fix:`;
}
