// Report sections about the audit itself: scope and method, the sample profile, agreement
// between auditors, and the appendix with the framework.
import { ageStageLabels, levelOfNeedLabels } from '../../model/labels';
import { formatDate, percent } from './content';
import { countOf, formatCount, wasOrWere } from '../../model/words';
import { bullet, heading, para, table } from './docx-kit';
import { shownOr, type Block, type SectionContext } from './sections-context';

/** "30 children’s cases were sampled for this audit. 1 case was audited by 2 agencies in 2 audits, giving 26 criterion grades." */
export function sampleSentence(sample: { cases: number; casesAudited: number; audits: number; grades: number; agenciesAuditing: number }): string {
  const sampled = sample.cases === 1 ? '1 child’s case was' : `${formatCount(sample.cases)} children’s cases were`;
  return (
    `${sampled} sampled for this audit. ${countOf(sample.casesAudited, 'case')} ${wasOrWere(sample.casesAudited)} audited by ${countOf(sample.agenciesAuditing, 'agency', 'agencies')} ` +
    `in ${countOf(sample.audits, 'audit')}, giving ${countOf(sample.grades, 'criterion grade')}.`
  );
}

export function scopeAndMethod({ content }: SectionContext): Block[] {
  const { event, summary, framework } = content;
  const scale = framework.framework.scale;
  return [
    para(sampleSentence({ ...summary.sample, agenciesAuditing: content.agenciesAuditing })),
    para(`Agencies taking part: ${event.agencies.map((a) => a.name).join('; ') || 'none recorded'}.`),
    para(`Audit tool: ${framework.framework.name}, version ${framework.framework.version}, with ${framework.criteria.length} criteria.`),
    para(
      `Grading scale: ${scale.levels.map((l) => `${l.label} (${l.value})`).join(', ')}. "${scale.notApplicableLabel}" is recorded where a criterion does not apply and is never counted as a score. "Good or better" means ${scale.levels
        .filter((l) => l.value >= scale.goodOrBetterFrom)
        .map((l) => l.label)
        .join(' or ')}.`,
    ),
    para(`Audit date: ${formatDate(event.auditDate)}. Records were read for the ${event.reviewWindowMonths} months before the audit date.`),
    para(
      'Each agency graded its own involvement with each child. Where grades for a criterion differed by two levels or more, the case was discussed at moderation and a multi-agency grade agreed. Single-agency figures count every recorded grade once.',
    ),
    para(`Figures drawn from fewer than ${summary.smallNumberThreshold} cases are ${summary.suppressSmallNumbers ? 'suppressed' : 'shown but should be read with care'}.`),
    para(dataAtRestSentence(content.dataAtRest)),
  ];
}

/** Where the audit's data is kept and how long: what an information governance reader asks first. */
function dataAtRestSentence(facts: SectionContext['content']['dataAtRest']): string {
  const where = `The audit data is kept in Scrutineer's data folder on the facilitator's computer (${facts.folder})`;
  const how = facts.encrypted ? ', in a database encrypted with AES-256 (SQLCipher 4), with case documents encrypted too' : ', in a database that is not encrypted';
  const backup = facts.lastBackup ? ` Its last backup was made on ${formatDate(facts.lastBackup.slice(0, 10))}.` : ' No backup had been made when this report was written.';
  const retention = facts.retentionDate
    ? ` Identifiers (case references, dates of birth, documents and free text) are kept until ${formatDate(facts.retentionDate)} (${facts.retentionBasis}) and then purged; the figures in this report stay.`
    : '';
  return `${where}${how}.${backup}${retention}`;
}

export function sampleProfile(ctx: SectionContext): Block[] {
  const { summary } = ctx.content;
  const blocks: Block[] = [para(`The ${summary.sample.cases} cases in the sample, by the groups the neglect strategy looks at.`)];
  for (const attribute of summary.byAttribute) {
    blocks.push(heading(attribute.label, 2));
    blocks.push(
      table(
        ctx.content.template.style,
        [{ header: attribute.label, width: 3 }, { header: 'Cases', align: 'right' }, { header: 'Grades', align: 'right' }, { header: '% good or better', align: 'right' }],
        attribute.groups.map((g) => ({
          cells: [
            attribute.attribute === 'ageStage' ? (ageStageLabels[g.group] ?? g.label) : attribute.attribute === 'levelOfNeed' ? (levelOfNeedLabels[g.group] ?? g.label) : g.label,
            shownOr(ctx, g, (x) => formatCount(x.cases)),
            shownOr(ctx, g, (x) => formatCount(x.n)),
            shownOr(ctx, g, (x) => percent(x.goodOrBetter)),
          ],
        })),
      ),
    );
  }
  return blocks;
}

const twoPlaces = (x: number | null) => (x === null ? 'not enough data' : x.toFixed(2));

type AgreementFigures = SectionContext['content']['summary']['agreement'];
type Measure = 'exact' | 'kappa' | 'kappaLinear' | 'kappaQuadratic' | 'alphaOrdinal';

export function agreement(ctx: SectionContext): Block[] {
  const { content } = ctx;
  const a = content.summary.agreement;
  const m = content.summary.agreementWithModeration;
  const cell = (x: AgreementFigures, measure: Measure | 'pairs') =>
    shownOr(ctx, x, (shown) => (measure === 'pairs' ? formatCount(shown.pairs) : measure === 'exact' ? percent(shown.exact) : twoPlaces(shown[measure])));
  const row = (label: string, measure: Measure | 'pairs') => ({ cells: [label, cell(a, measure), cell(m, measure)] });
  return [
    para(
      'Some cases were audited twice for the same agency by different auditors. These double audits show how consistently the framework was applied. Agreement is also shown between single-agency grades and the moderated grade.',
    ),
    table(
      content.template.style,
      [{ header: 'Measure', width: 3 }, { header: 'Double audits', align: 'right' }, { header: 'Single-agency against moderated', align: 'right' }],
      [
        row('Pairs of grades compared', 'pairs'),
        row('Exact agreement', 'exact'),
        row("Cohen's kappa", 'kappa'),
        row("Cohen's kappa, linear weights", 'kappaLinear'),
        row("Cohen's kappa, quadratic weights", 'kappaQuadratic'),
        row("Krippendorff's alpha (ordinal)", 'alphaOrdinal'),
      ],
    ),
    para('Kappa and alpha run from 0 (no better than chance) to 1 (perfect agreement); weighted measures give part credit when grades are one level apart. Values above 0.6 are usually read as substantial agreement.'),
  ];
}

export function appendixFramework({ content }: SectionContext): Block[] {
  const fw = content.framework.framework;
  const blocks: Block[] = [para(`${fw.name} (version ${fw.version}). ${fw.description}`)];
  for (const domain of fw.domains) {
    blocks.push(heading(domain.title, 2));
    for (const c of domain.criteria) {
      blocks.push(heading(c.title, 3));
      if (c.whatGoodLooksLike) blocks.push(para(`What good looks like: ${c.whatGoodLooksLike}`));
      for (const g of c.guidance) blocks.push(bullet(g));
    }
  }
  return blocks;
}
