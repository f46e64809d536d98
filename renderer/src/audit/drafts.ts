// The workspace's starting drafts from the stored audit, and which elements own the keyboard.
import type { Workspace } from '@contract/types';
import type { GradeDraft } from './CriterionPanel';
import type { OverallDraft } from './OverallPanel';

export function gradeDrafts(workspace: Workspace): Record<string, GradeDraft> {
  const drafts: Record<string, GradeDraft> = {};
  for (const domain of workspace.framework.domains)
    for (const c of domain.criteria) {
      const g = workspace.grades[c.key];
      drafts[c.key] = {
        value: g?.value ?? null,
        notApplicable: g?.notApplicable ?? false,
        notApplicableReason: g?.notApplicableReason ?? '',
        rationale: g?.rationale ?? '',
        evidence: g?.evidence ?? '',
      };
    }
  return drafts;
}

export function overallDraft(workspace: Workspace): OverallDraft {
  const a = workspace.audit;
  return {
    overallValue: a.overallValue,
    overallRationale: a.overallRationale,
    strengths: a.strengths,
    areasForDevelopment: a.areasForDevelopment,
    differenceMade: a.differenceMade,
    actions: a.actions,
  };
}

/** A text box, select or editable element: typing there must not trigger shortcuts. */
export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type);
  return (element as HTMLElement).isContentEditable;
}

/** Buttons, links and summaries act on Enter themselves. */
export function actsOnEnter(element: Element | null): boolean {
  return !!element && (element instanceof HTMLButtonElement || element instanceof HTMLAnchorElement || element.tagName === 'SUMMARY');
}
