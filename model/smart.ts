// The SMART prompt shown while a recommendation is written: what it still seems to lack. Pure,
// so the screen can run it on every keystroke.
export interface SmartInput {
  text: string;
  ownerAgencyId?: number | null;
  dueDate?: string | null;
  criterionKeys?: string[];
}

export interface SmartHint {
  letter: 'S' | 'M' | 'A' | 'R' | 'T';
  met: boolean;
  prompt: string;
}

const vague = /\b(improve|better|more|ensure|consider|look at|review|raise awareness|continue)\b/i;
const measurable = /\d|%|\b(all|every|each|none|no longer|at least|per cent|percent|audit|re-audit|dip sample)\b/i;

export function smartHints(input: SmartInput): SmartHint[] {
  const text = input.text.trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  return [
    { letter: 'S', met: words >= 8 && !(vague.test(text) && words < 15), prompt: 'Specific: say exactly what will change, for which children, and who does it.' },
    { letter: 'M', met: measurable.test(text), prompt: 'Measurable: say how you will know it has happened (a number, a share of cases, a re-audit).' },
    { letter: 'A', met: !!input.ownerAgencyId, prompt: 'Achievable: name the agency that owns the action.' },
    { letter: 'R', met: (input.criterionKeys?.length ?? 0) > 0, prompt: 'Relevant: link it to the criteria whose findings it answers.' },
    { letter: 'T', met: !!input.dueDate, prompt: 'Time-bound: give a due date.' },
  ];
}

/** Overdue is worked out from the date, never stored: an open action past its due date. */
export function isOverdue(status: string, dueDate: string | null, today: string): boolean {
  return status !== 'done' && !!dueDate && dueDate < today;
}
