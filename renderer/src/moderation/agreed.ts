// Whether a criterion has an agreed grade: a level, or "not applicable".
import type { ModerationView } from '@contract/types';

export function isAgreedGrade(agreed: ModerationView['criteria'][number]['agreed']): boolean {
  return !!agreed && (agreed.value !== null || agreed.notApplicable);
}
