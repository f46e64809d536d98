// How moderation classifies a difference between the grades given for one criterion. Core
// classifies (core/moderation/differences); the screens show these names and definitions so the
// facilitator can see exactly what was counted.
export const differenceKinds = ['two-levels', 'crosses-good-line', 'na-against-grade', 'other'] as const;
export type DifferenceKind = (typeof differenceKinds)[number];

export const differenceLabels: Record<DifferenceKind, string> = {
  'two-levels': 'Two or more levels apart',
  'crosses-good-line': 'Crosses the good line',
  'na-against-grade': 'N/A against a grade',
  other: 'Other difference',
};

export const differenceDefinitions: Record<DifferenceKind, string> = {
  'two-levels': 'The highest and lowest grades given are two or more levels apart on the scale.',
  'crosses-good-line':
    'At least one grade is good or better and at least one is below it, so the case counts differently in "% good or better".',
  'na-against-grade': 'One agency or auditor judged the criterion not applicable while another gave it a grade.',
  other: 'Any other difference: the grades are one level apart on the same side of the good line.',
};
