// The list of criteria down the side, grouped by domain, each with its grade chip and a mark
// when something is still to do; the overall judgement comes last. Each entry is a button.
import { useEffect, useRef } from 'react';
import type { Criterion, FrameworkDefinition, ScaleLevel } from '@model/framework';
import type { GradeDraft } from './CriterionPanel';
import { GradeMark } from './GradeMark';
import './audit.css';

export interface NavItem {
  criterion: Criterion;
  domain: FrameworkDefinition['domains'][number];
}

interface Props {
  items: NavItem[];
  current: number;
  levels: ScaleLevel[];
  grades: Record<string, GradeDraft>;
  overallValue: number | null;
  /** Criterion keys with something still to do; "#overall" for the overall judgement. */
  todo: Set<string>;
  notApplicableLabel: string;
  onSelect: (index: number) => void;
}

export function CriteriaNav({ items, current, levels, grades, overallValue, todo, notApplicableLabel, onSelect }: Props) {
  const groups: { title: string; key: string; entries: { item: NavItem; index: number }[] }[] = [];
  items.forEach((item, index) => {
    const last = groups[groups.length - 1];
    if (last && last.key === item.domain.key) last.entries.push({ item, index });
    else groups.push({ title: item.domain.title, key: item.domain.key, entries: [{ item, index }] });
  });
  const overallIndex = items.length;
  const nav = useRef<HTMLElement>(null);
  // Keep the current entry in view inside the list (the list scrolls on its own).
  useEffect(() => {
    const list = nav.current;
    const entry = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !entry) return;
    const box = list.getBoundingClientRect();
    const at = entry.getBoundingClientRect();
    if (at.top < box.top) list.scrollTop -= box.top - at.top + 40;
    else if (at.bottom > box.bottom) list.scrollTop += at.bottom - box.bottom + 16;
  }, [current]);
  return (
    <nav ref={nav} className="aw-nav" aria-label="Criteria">
      {groups.map((group) => (
        <div key={group.key} className="aw-nav-group">
          <p className="aw-nav-domain" id={`aw-domain-${group.key}`}>
            {group.title}
          </p>
          <ul aria-labelledby={`aw-domain-${group.key}`}>
            {group.entries.map(({ item, index }) => {
              const grade = grades[item.criterion.key];
              const open = todo.has(item.criterion.key);
              return (
                <li key={item.criterion.key}>
                  <button
                    type="button"
                    className={`aw-nav-item${index === current ? ' aw-nav-current' : ''}`}
                    aria-current={index === current ? 'step' : undefined}
                    onClick={() => onSelect(index)}
                  >
                    <span className="aw-nav-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="aw-nav-text">
                      <span className="aw-nav-title">{item.criterion.title}</span>
                      <span className="aw-nav-meta">
                        <GradeMark levels={levels} value={grade?.value ?? null} notApplicable={grade?.notApplicable} notApplicableLabel={notApplicableLabel} />
                        {open && <span className="aw-todo" title="Still to do"><span className="visually-hidden">Still to do</span></span>}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <div className="aw-nav-group">
        <p className="aw-nav-domain" id="aw-domain-overall">
          Overall
        </p>
        <ul aria-labelledby="aw-domain-overall">
          <li>
            <button
              type="button"
              className={`aw-nav-item${current === overallIndex ? ' aw-nav-current' : ''}`}
              aria-current={current === overallIndex ? 'step' : undefined}
              onClick={() => onSelect(overallIndex)}
            >
              <span className="aw-nav-number" aria-hidden="true">
                ★
              </span>
              <span className="aw-nav-text">
                <span className="aw-nav-title">Overall judgement and learning</span>
                <span className="aw-nav-meta">
                  <GradeMark levels={levels} value={overallValue} />
                  {todo.has('#overall') && <span className="aw-todo" title="Still to do"><span className="visually-hidden">Still to do</span></span>}
                </span>
              </span>
            </button>
          </li>
        </ul>
      </div>
    </nav>
  );
}
