// The framework's domains and criteria, read-only: what the auditor is asked and what good looks like.
import type { FrameworkDefinition } from '@model/framework';

export function DomainsView({ domains }: { domains: FrameworkDefinition['domains'] }) {
  let number = 0;
  return (
    <>
      {domains.map((domain) => (
        <section key={domain.key} className="domain" aria-labelledby={`domain-${domain.key}`}>
          <h3 id={`domain-${domain.key}`}>
            {domain.title} <code className="key">{domain.key}</code>
          </h3>
          <ol className="criteria-list">
            {domain.criteria.map((criterion) => {
              number += 1;
              return (
                <li key={criterion.key} className="criterion" value={number}>
                  <h4>
                    {number}. {criterion.title} <code className="key">{criterion.key}</code>
                  </h4>
                  {criterion.guidance.length > 0 && (
                    <>
                      <p className="label">Guidance prompts</p>
                      <ul className="guidance">
                        {criterion.guidance.map((prompt, i) => (
                          <li key={i}>{prompt}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {criterion.whatGoodLooksLike && (
                    <>
                      <p className="label">What good looks like</p>
                      <p className="good">{criterion.whatGoodLooksLike}</p>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
