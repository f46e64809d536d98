// The kinds of free text a retention purge clears unless the user keeps them: one list for the
// contract, the CLI's --keep and the Settings page.
export const freeTextKindNames = ['grade evidence', 'audit write-ups', 'moderation rationales', 'case notes', 'escalation details'] as const;
export type FreeTextKindName = (typeof freeTextKindNames)[number];
