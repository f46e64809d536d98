// Human words for the codes the core stores ("child-protection" -> "Child protection"). The
// codes themselves stay stable in the database and the files; only the screen uses these.
import type { EventStatus } from '../events/schema';

export const sexLabels: Record<string, string> = { male: 'Male', female: 'Female', unborn: 'Unborn', unknown: 'Unknown' };
export const yesNoLabels: Record<string, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };

export const levelOfNeedLabels: Record<string, string> = {
  'early-help': 'Early help',
  'child-in-need': 'Child in need',
  'child-protection': 'Child protection',
  'child-looked-after': 'Child looked after',
};

export const neglectTypeLabels: Record<string, string> = {
  emotional: 'Emotional',
  nutritional: 'Nutritional',
  physical: 'Physical',
  medical: 'Medical or dental',
  educational: 'Educational',
  supervision: 'Lack of supervision and guidance',
  prenatal: 'Prenatal',
  affluent: 'Affluent',
  unspecified: 'Neglect (type not given)',
};

export const ageStageLabels: Record<string, string> = {
  'pre-birth': 'Pre-birth',
  '0-2': '0 to 2',
  '3-4': '3 to 4',
  '5-11': '5 to 11',
  '12-17': '12 to 17',
  '18+': '18 and over',
};

export const statusLabels: Record<EventStatus, string> = {
  planning: 'Planning',
  auditing: 'Auditing',
  moderation: 'Moderation',
  reporting: 'Reporting',
  closed: 'Closed',
};

const label = (table: Record<string, string>) => (code: string | null | undefined): string =>
  code ? (table[code] ?? code) : '';

export const sexLabel = label(sexLabels);
export const yesNoLabel = label(yesNoLabels);
export const levelOfNeedLabel = label(levelOfNeedLabels);
export const neglectTypeLabel = label(neglectTypeLabels);
export const ageStageLabel = label(ageStageLabels);

export function statusLabel(status: string): string {
  return statusLabels[status as EventStatus] ?? status;
}
