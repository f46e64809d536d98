// The codes stored for statuses and kinds, in the order the screens and reports list them. The
// database's column enums, the contract's input schemas and the labels all read these lists.
export const eventStatuses = ['planning', 'auditing', 'moderation', 'reporting', 'closed'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const auditStatuses = ['not-started', 'in-progress', 'submitted', 'moderated'] as const;
export type AuditStatus = (typeof auditStatuses)[number];

export const recommendationStatuses = ['open', 'in-progress', 'done'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

/** How far an action has got towards its success measure, judged by its owner: a RAG-like rating, apart from its status. */
export const progressRatings = ['not-started', 'limited', 'good', 'complete'] as const;
export type ProgressRating = (typeof progressRatings)[number];

export const findingKinds = ['good-practice', 'area-for-development', 'theme'] as const;
export type FindingKind = (typeof findingKinds)[number];
