// Agency types, and a sensible guess from a name so "--agency Police" needs no extra flag.
export const agencyTypes = ['social-care', 'health', 'police', 'education', 'early-help', 'voluntary', 'other'] as const;
export type AgencyType = (typeof agencyTypes)[number];

export const agencyTypeLabels: Record<AgencyType, string> = {
  'social-care': 'Social care',
  health: 'Health',
  police: 'Police',
  education: 'Education',
  'early-help': 'Early help',
  voluntary: 'Voluntary sector',
  other: 'Other',
};

const hints: [RegExp, AgencyType][] = [
  [/early help|family hub/i, 'early-help'],
  [/social care|social work|children'?s services|csc\b/i, 'social-care'],
  [/police|constabulary/i, 'police'],
  [/health|nhs|gp\b|midwi|hospital|camhs|nurs|icb\b|trust/i, 'health'],
  [/school|education|academy|college|nursery/i, 'education'],
  [/voluntary|charity|barnardo|nspcc|action for children|community/i, 'voluntary'],
];

export function guessAgencyType(name: string): AgencyType {
  return hints.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}
