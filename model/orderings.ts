// The natural order of the groups the app counts by: age stages from the youngest, levels of need
// from early help to looked after. One ordering, used by the summary (and so by the dashboard, the
// report and the workbook) and by any screen that lists them; values not in the list follow, in
// text order with numbers read as numbers.
import { ageStageLabels, levelOfNeedLabels } from './labels';

export const naturalOrder: Record<string, readonly string[]> = {
  ageStage: Object.keys(ageStageLabels),
  levelOfNeed: Object.keys(levelOfNeedLabels),
};

const textOrder = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** A comparator for one attribute's codes: known codes in their natural order, then the rest. */
export function compareNatural(attribute: string): (a: string, b: string) => number {
  const order = naturalOrder[attribute] ?? [];
  const rank = (code: string) => {
    const i = order.indexOf(code);
    return i < 0 ? order.length : i;
  };
  return (a, b) => rank(a) - rank(b) || textOrder.compare(a, b);
}
