// The report outline as the page uses it: every narrative the user can write (the template's
// narrative sections and one conclusion per criterion), each with a stable key, its label and hint.
import type { ReportOutline } from '@contract/types';

export const CRITERIA_SECTION = 'findings-by-criterion';

export type Finding = ReportOutline['chosenFindings'][number];

export interface Narrative {
  /** sectionKey|criterionKey, the same key the core uses. */
  id: string;
  sectionKey: string;
  criterionKey?: string;
  /** The text box's label: "Executive summary", "Conclusions for …". */
  label: string;
  prompt: string;
  saved: string;
  /** The findings shown beside the editor. */
  findings: Finding[];
  /** True for a criterion: its unchosen findings are listed too, marked as left out. */
  perCriterion: boolean;
}

export const narrativeId = (sectionKey: string, criterionKey = '') => `${sectionKey}|${criterionKey}`;

export function narrativesOf(outline: ReportOutline): Narrative[] {
  const criteriaPrompt = outline.sections.find((s) => s.key === CRITERIA_SECTION)?.prompt ?? '';
  const list: Narrative[] = [];
  for (const section of outline.sections) {
    if (section.kind === 'narrative')
      list.push({
        id: narrativeId(section.key),
        sectionKey: section.key,
        label: section.heading,
        prompt: section.prompt,
        saved: section.text,
        findings: outline.chosenFindings,
        perCriterion: false,
      });
    if (section.key === CRITERIA_SECTION)
      for (const criterion of outline.criteria)
        list.push({
          id: narrativeId(CRITERIA_SECTION, criterion.key),
          sectionKey: CRITERIA_SECTION,
          criterionKey: criterion.key,
          label: `Conclusions for ${criterion.title}`,
          prompt: criteriaPrompt,
          saved: criterion.text,
          findings: criterion.findings,
          perCriterion: true,
        });
  }
  return list;
}

export function wordCount(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

export function wordsLabel(n: number): string {
  return n === 1 ? '1 word' : `${n.toLocaleString('en-GB')} words`;
}

/** A finding as a quotation, set on its own line so the paragraph around it stays whole. */
export function insertQuote(text: string, at: number, quote: string): { text: string; caret: number } {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const body = quote.trim();
  const quoted = /^[“"‘']/.test(body) && /[”"’']$/.test(body) ? body : `“${body}”`;
  const inserted = `${lead}${quoted}${tail}`;
  return { text: before + inserted + after, caret: before.length + inserted.length - tail.length };
}
