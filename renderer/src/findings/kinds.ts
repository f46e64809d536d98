// The three kinds of finding, in the order the page and the report list them.
import type { FindingKind } from '../../../core/findings/service';

export const kindOrder: FindingKind[] = ['good-practice', 'area-for-development', 'theme'];

export const kindLabels: Record<FindingKind, { singular: string; plural: string }> = {
  'good-practice': { singular: 'Good practice', plural: 'Good practice' },
  'area-for-development': { singular: 'Area for development', plural: 'Areas for development' },
  theme: { singular: 'Theme', plural: 'Themes' },
};
