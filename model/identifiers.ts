// The kinds of identifier the core's guard finds in free text, and how each is named to people.
export const identifierKinds = ['case-reference', 'date-of-birth', 'nhs-number', 'upn', 'email', 'postcode', 'phone'] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

export const identifierWords: Record<IdentifierKind, string> = {
  'case-reference': 'a case reference',
  'date-of-birth': 'a date of birth',
  'nhs-number': 'an NHS number',
  upn: 'a Unique Pupil Number',
  email: 'an email address',
  postcode: 'a postcode',
  phone: 'a phone number',
};
