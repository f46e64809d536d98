// The agency table: % good or better per criterion and agency, shaded by the template's bands.
// Agencies head the columns by short forms (a full name in a narrow column breaks mid-word), with
// a key to the short forms and a key to the shading below, so neither needs guessing.
import { abbreviate } from '../../model/abbreviations';
import { formatCount } from '../../model/words';
import { percent } from './content';
import { bandFill, para, table, type Style } from './docx-kit';
import { shownOr, type Block, type SectionContext } from './sections-context';

/** "under 50%", "50% to 69%", "85% or more": each band's range of whole percentages, as the table prints them. */
export function bandLabels(bands: Style['bands']): string[] {
  return bands.map((band, i) => {
    const from = i === 0 ? null : Math.round(bands[i - 1]!.below * 100);
    const below = Math.round(band.below * 100);
    if (from === null) return `under ${below}%`;
    if (below > 100) return `${from}% or more`;
    return `${from}% to ${below - 1}%`;
  });
}

export function agencyTable(ctx: SectionContext): Block[] {
  const { summary, template } = ctx.content;
  const agencies = summary.byAgency;
  const short = abbreviate(agencies.map((a) => a.agencyName));
  const rows = summary.criteria.map((c) => {
    const cells = agencies.map((a) => a.criteria.find((x) => x.key === c.key)!);
    return {
      cells: [c.title, ...cells.map((t) => shownOr(ctx, t, (x) => (x.n === 0 ? 'no grades' : `${percent(x.goodOrBetter)} (${formatCount(x.n)})`)))],
      fills: [null, ...cells.map((t) => (t.suppressed ? null : bandFill(template.style, t.goodOrBetter)))],
    };
  });
  // Every figure withheld: nothing is shaded, so there is no key to it either.
  const shaded = rows.some((r) => r.fills.some((f) => f !== null));
  return [
    para(
      `The share of each agency’s grades that were good or better, by criterion. The number of grades is in brackets; ${shaded ? 'the shading follows the figure (key below), and ' : ''}the agencies are named in full after the table.`,
      { keepNext: true },
    ),
    table(template.style, [{ header: 'Criterion', width: 3 }, ...short.map((s) => ({ header: s, align: 'center' as const }))], rows),
    // A paragraph between tables: Word and LibreOffice run two adjacent tables together as one.
    // The key to the shading first, each band's range in its own shade, so it sits with the table.
    ...(shaded
      ? [
          para('The shading, by the percentage printed:', { keepNext: true, afterTable: true }),
          table(
            template.style,
            [{ header: 'Shading: % good or better', align: 'center' }],
            bandLabels(template.style.bands).map((label, i) => ({ cells: [label], fills: [template.style.bands[i]!.fill] })),
            { widthPercent: 35 },
          ),
        ]
      : []),
    para('The agencies, by the short forms that head the columns:', { keepNext: true, afterTable: true }),
    table(
      template.style,
      [{ header: 'Short form', width: 1 }, { header: 'Agency', width: 4 }],
      agencies.map((a, i) => ({ cells: [short[i]!, a.agencyName] })),
      { widthPercent: 70 },
    ),
  ];
}
