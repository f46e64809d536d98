// A titled list of checkboxes: the criteria, cases or findings a finding or recommendation is
// linked to.
import type { ReactNode } from 'react';
import { toggled } from './useDraft';

interface Props<Value> {
  legend: string;
  items: { value: Value; label: ReactNode }[];
  chosen: Value[];
  onChange: (chosen: Value[]) => void;
  className: string;
  /** Shown instead of the list when there is nothing to choose. */
  empty?: ReactNode;
  /** Above the list (e.g. a filter box). */
  children?: ReactNode;
}

export function CheckList<Value extends string | number>({ legend, items, chosen, onChange, className, empty, children }: Props<Value>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.length === 0 && empty ? (
        empty
      ) : (
        <>
          {children}
          <ul className={`checkbox-list ${className}`}>
            {items.map((item) => (
              <li key={item.value}>
                <label className="checkbox">
                  <input type="checkbox" checked={chosen.includes(item.value)} onChange={(e) => onChange(toggled(chosen, item.value, e.target.checked))} />
                  {item.label}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
