// The list of everything that stops the framework being saved, at the top of the editor. Each
// entry is a button that takes focus to the field.
import type { ValidationProblem } from '@model/problems';
import { describePath, focusField } from './problems';

export function ProblemSummary({ problems }: { problems: readonly ValidationProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="banner banner-warning problem-summary" aria-labelledby="problem-summary-heading">
      <h2 id="problem-summary-heading" className="banner-title">
        {problems.length === 1 ? '1 problem to fix before saving' : `${problems.length} problems to fix before saving`}
      </h2>
      <ul className="problem-list">
        {problems.map((p, i) => (
          <li key={`${p.path}-${i}`}>
            <button type="button" className="link-button" onClick={() => focusField(p.path)}>
              {describePath(p.path)}
            </button>{' '}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
