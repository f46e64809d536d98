// The event form's values as the inputs hold them (text), and their conversion to a call's input.
import type { EventDetail } from '@contract/types';

export interface EventDraft {
  name: string;
  theme: string;
  partnership: string;
  /** YYYY-MM-DD from <input type=date>, or '' for none. */
  auditDate: string;
  reviewWindowMonths: string;
  classification: string;
}

export const emptyDraft: EventDraft = {
  name: '',
  theme: '',
  partnership: '',
  auditDate: '',
  reviewWindowMonths: '12',
  classification: 'OFFICIAL-SENSITIVE',
};

export function draftOf(event: EventDetail): EventDraft {
  return {
    name: event.name,
    theme: event.theme,
    partnership: event.partnership,
    auditDate: event.auditDate ?? '',
    reviewWindowMonths: String(event.reviewWindowMonths),
    classification: event.classification,
  };
}

/** The fields as the core wants them. A non-number review window is sent as is so the core names the problem. */
export function fieldsOf(draft: EventDraft) {
  const months = Number(draft.reviewWindowMonths);
  return {
    name: draft.name,
    theme: draft.theme,
    partnership: draft.partnership,
    auditDate: draft.auditDate || null,
    reviewWindowMonths: draft.reviewWindowMonths.trim() === '' || Number.isNaN(months) ? 0 : months,
    classification: draft.classification,
  };
}
