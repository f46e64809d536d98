// Human words for the codes the core stores ("child-protection" -> "Child protection"). The
// codes themselves stay stable in the database and the files; the screens, the Word report and
// the workbook all take their words from here.
import type { AuditStatus, EventStatus, FindingKind, ProgressRating, RecommendationStatus } from './statuses';

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

export const auditStatusLabels: Record<AuditStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  moderated: 'Moderated',
};

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

export const progressRatingLabels: Record<ProgressRating, string> = {
  'not-started': 'Not started',
  limited: 'Limited progress',
  good: 'Good progress',
  complete: 'Complete',
};

export const findingKindLabels: Record<FindingKind, { singular: string; plural: string }> = {
  'good-practice': { singular: 'Good practice', plural: 'Good practice' },
  'area-for-development': { singular: 'Area for development', plural: 'Areas for development' },
  theme: { singular: 'Theme', plural: 'Themes' },
};

const label = (table: Record<string, string>) => (code: string | null | undefined): string =>
  code ? (table[code] ?? code) : '';

export const sexLabel = label(sexLabels);
export const yesNoLabel = label(yesNoLabels);
export const levelOfNeedLabel = label(levelOfNeedLabels);
export const neglectTypeLabel = label(neglectTypeLabels);
export const ageStageLabel = label(ageStageLabels);

export const statusLabel = label(statusLabels);
export const auditStatusLabel = label(auditStatusLabels);
export const recommendationStatusLabel = label(recommendationStatusLabels);
/** "Not yet rated" for an action nobody has rated. */
export const progressRatingLabel = (code: ProgressRating | null): string => (code ? progressRatingLabels[code] : 'Not yet rated');
