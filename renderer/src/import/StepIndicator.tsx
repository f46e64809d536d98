// Where the user is in the four-step import: an ordered list with aria-current="step".

export const importSteps = ['Choose file', 'Map columns', 'Map values', 'Check and import'] as const;

export function StepIndicator({ current }: { current: number }) {
  return (
    <nav aria-label="Import steps">
      <ol className="steps">
        {importSteps.map((label, i) => (
          <li key={label} className={i === current ? 'step step-current' : i < current ? 'step step-done' : 'step'} aria-current={i === current ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            {label}
            {i < current && <span className="visually-hidden"> (done)</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
