// An audit's free-text fields beside its overall judgement, in the order the workspace shows them.
export const auditTextFields = ['overallRationale', 'strengths', 'areasForDevelopment', 'differenceMade', 'actions'] as const;
export type AuditTextField = (typeof auditTextFields)[number];
