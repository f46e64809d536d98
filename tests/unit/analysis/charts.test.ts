// Figures: one spec per figure, drawn to SVG with real text and to PNG with the shipped fonts,
// and alt text written from the same numbers.
import { describe, expect, it } from 'vitest';
import { disclosedSummary } from '../../../core/disclosure/figures';
import { buildFigure } from '../../../core/charts/figures';
import { figureKinds } from '../../../model/figures';
import { renderSvg, svgToPng } from '../../../core/charts/render';
import { levelColours } from '../../../core/charts/palette';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

async function gradedEvent() {
  const setup = await auditReadyStore();
  const { db, cases, agency } = setup;
  const a = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
  const b = startAudit(db, { caseId: cases[1]!.id, agencyId: agency('Health').id });
  updateGrade(db, { auditId: a.id, criterionKey: 'child-focus', value: 4 });
  updateGrade(db, { auditId: b.id, criterionKey: 'child-focus', value: 2 });
  updateGrade(db, { auditId: b.id, criterionKey: 'drift', value: 1 });
  return {
    suppressed: disclosedSummary(setup.store, setup.eventId),
    /** Two cases: small numbers shown, as the user may choose. */
    shown: disclosedSummary(setup.store, setup.eventId, { suppressSmallNumbers: false }),
  };
}

describe('figures', () => {
  it('leave out criteria from fewer than 5 cases unless the user turns suppression off', async () => {
    const { suppressed, shown } = await gradedEvent();
    expect(suppressed.criteria.find((c) => c.key === 'child-focus')).toEqual({ key: 'child-focus', title: expect.any(String), domain: expect.any(String), suppressed: true, small: true });
    expect(buildFigure(suppressed, 'good-or-better').alt).not.toContain('Relentless focus');
    expect(buildFigure(suppressed, 'good-or-better').alt).toContain('2 criteria are left out: their figures come from fewer than 5 cases.');
    expect(() => buildFigure(suppressed, 'criterion', 'child-focus')).toThrow(/fewer than 5 cases/);
    expect(buildFigure(shown, 'good-or-better').alt).toContain('Relentless focus');
  });

  it('draw to SVG with the criterion titles and grade labels as text', async () => {
    const { shown } = await gradedEvent();
    const svg = await renderSvg(buildFigure(shown, 'distribution').spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Relentless focus on the child; lived experience and voice');
    expect(svg).toContain('Requires improvement');
    // Colour-blind-safe palette, not the framework's own colours.
    for (const colour of levelColours(4)) expect(svg.toLowerCase()).toContain(colour.toLowerCase());
  });

  it('draw to PNG with text (fonts shipped, not taken from the machine)', async () => {
    const { shown } = await gradedEvent();
    const svg = await renderSvg(buildFigure(shown, 'criterion', 'child-focus').spec);
    const png = await svgToPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(200);
    // A PNG without glyphs compresses to far less: text adds detail.
    const blank = await svgToPng(svg.replace(/<text[\s\S]*?<\/text>/g, ''));
    expect(png.length).toBeGreaterThan(blank.length * 1.2);
  });

  it('alt text states the numbers', async () => {
    const { shown } = await gradedEvent();
    expect(buildFigure(shown, 'criterion', 'child-focus').alt).toBe(
      'Bar chart of the 2 grades for Relentless focus on the child; lived experience and voice: Outstanding (4): 1, Good (3): 0, Requires improvement (2): 1, Inadequate (1): 0; 50% good or better.',
    );
    expect(buildFigure(shown, 'good-or-better').alt).toContain('Timeliness and drift: 0% of 1.');
    expect(() => buildFigure(shown, 'comparison')).toThrow(/compare with/);
    expect(figureKinds).toContain('distribution');
  });
});
