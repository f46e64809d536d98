// The report's sections in the template's order. Generated sections are listed for orientation;
// narrative ones (and each criterion's conclusions) open in the editor and say whether they are written.
import type { ReportOutline } from '@contract/types';
import { CRITERIA_SECTION, narrativeId } from './outline';

interface Props {
  outline: ReportOutline;
  texts: Record<string, string>;
  selected: string;
  onSelect: (id: string) => void;
}

export function OutlineNav({ outline, texts, selected, onSelect }: Props) {
  const item = (id: string, label: string) => {
    const written = (texts[id] ?? '').trim() !== '';
    return (
      <button type="button" className="outline-item" aria-current={id === selected ? 'true' : undefined} onClick={() => onSelect(id)}>
        <span className="outline-label">{label}</span>
        <span className={`outline-state ${written ? 'outline-written' : 'outline-empty'}`}>{written ? 'Written' : 'Not written yet'}</span>
      </button>
    );
  };
  return (
    <nav aria-label="Report outline" className="report-outline">
      <h2 className="outline-heading">{outline.title}</h2>
      <ol className="outline-list">
        {outline.sections.map((section) => (
          <li key={section.key} className={`outline-section outline-${section.kind}`}>
            {section.kind === 'narrative' ? (
              item(narrativeId(section.key), section.heading)
            ) : (
              <div className="outline-generated">
                <span className="outline-label">{section.heading}</span>
                <span className="outline-state">Generated from the audit</span>
              </div>
            )}
            {section.key === CRITERIA_SECTION && (
              <ol className="outline-criteria" aria-label="Conclusions for each criterion">
                {outline.criteria.map((criterion) => (
                  <li key={criterion.key}>{item(narrativeId(CRITERIA_SECTION, criterion.key), criterion.title)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
