// Classifies the grades given for one criterion (one per audit) into the kinds of difference in
// model/differences. A criterion may show several kinds (4 against 2 is both two levels apart and
// across the good line); the list is in the order of differenceKinds, most serious first. Grades
// not yet given are left out: a difference needs two answers.
import { differenceKinds, type DifferenceKind } from '../../model/differences';

export interface GivenGrade {
  value: number | null;
  notApplicable: boolean;
}

export interface Scale {
  /** The scale's values, in any order. */
  values: number[];
  /** Values at or above this count as good or better. */
  goodOrBetterFrom: number;
}

export function classifyDifference(grades: GivenGrade[], scale: Scale): DifferenceKind[] {
  const ordered = [...scale.values].sort((a, b) => a - b);
  const graded = grades.filter((g) => !g.notApplicable && g.value !== null).map((g) => g.value!);
  const notApplicable = grades.some((g) => g.notApplicable);
  const kinds = new Set<DifferenceKind>();
  if (notApplicable && graded.length > 0) kinds.add('na-against-grade');
  if (graded.length >= 2) {
    const positions = graded.map((v) => ordered.indexOf(v));
    const spread = Math.max(...positions) - Math.min(...positions);
    if (spread >= 2) kinds.add('two-levels');
    const good = graded.filter((v) => v >= scale.goodOrBetterFrom).length;
    if (good > 0 && good < graded.length) kinds.add('crosses-good-line');
    if (spread > 0 && kinds.size === 0) kinds.add('other');
  }
  return differenceKinds.filter((k) => kinds.has(k));
}

/** The grade every audit gave, when all have answered and all agree; null otherwise. */
export function unanimousGrade(grades: GivenGrade[]): GivenGrade | null {
  if (grades.length === 0) return null;
  const first = grades[0]!;
  if (!first.notApplicable && first.value === null) return null;
  const same = grades.every((g) => g.notApplicable === first.notApplicable && (first.notApplicable || g.value === first.value));
  return same ? { value: first.notApplicable ? null : first.value, notApplicable: first.notApplicable } : null;
}
