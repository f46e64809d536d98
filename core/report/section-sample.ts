// "How the sample was chosen": the method, seed, cohort and exclusions of the event's draw, and
// the representativeness table (sample against cohort per attribute, small counts withheld by the
// disclosure policy) with each test's reading. Self-contained: it needs only the drawn sample's
// view in the report content, and says so plainly when the sample was not drawn in Scrutineer.
import { describeMinimum, sampleAttributeLabels } from '../../model/sample';
import type { DisclosedCount, SampleDrawView } from '../contract/sample-types';
import { formatDate } from './content';
import { heading, para, table } from './docx-kit';
import type { Block, SectionContext } from './sections-context';

const whole = (n: number) => n.toLocaleString('en-GB');
const count = (c: DisclosedCount) => (c.suppressed ? 'withheld' : whole(c.count));
const share = (c: DisclosedCount) => (c.suppressed ? 'withheld' : `${Math.round(c.percent * 100)}%`);

function method(v: SampleDrawView): string {
  if (v.stratify.length === 0) return 'Simple random sampling: every eligible child in the cohort had the same chance of being chosen.';
  const by = v.stratify.map((a) => sampleAttributeLabels[a].toLowerCase()).join(' and ');
  const allocation =
    v.allocation === 'proportional'
      ? 'each group (stratum) was given cases in proportion to its size, rounded by the largest remainder method so the numbers add up to the sample size'
      : 'each group (stratum) was given the same number of cases, the cases left over going to the largest groups';
  const minimums = v.minimums.length > 0 ? ` Minimums: ${v.minimums.map(describeMinimum).join('; ')}.` : '';
  return `Stratified random sampling by ${by}: ${allocation}, and cases were chosen at random within each group.${minimums}`;
}

function exclusions(v: SampleDrawView): string {
  const { excluded } = v.cohort;
  const rules = [
    v.excludePrevious ? `${whole(excluded.previous)} already in the sample of an earlier audit` : null,
    v.excludeList ? `${whole(excluded.list)} on a list of references to leave out` : null,
    v.excludeRecentWeeks !== null ? `${whole(excluded.recentPlan)} whose plan started less than ${v.excludeRecentWeeks} weeks before ${formatDate(v.measuredOn)}` : null,
  ].filter((r): r is string => r !== null);
  if (rules.length === 0) return 'No cases were left out before the draw.';
  return `Left out before the draw: ${rules.join('; ')}. ${whole(v.cohort.eligible)} children were eligible.`;
}

export function sampleSelection(ctx: SectionContext): Block[] {
  const v = ctx.content.sample;
  if (!v) return [para('The sample was chosen outside Scrutineer, so no record of how it was drawn is held here.')];
  const reserves = v.reserve > 0 ? ` ${v.reserve} reserve case${v.reserve === 1 ? ' was' : 's were'} drawn per group, in order, to replace a case found unsuitable.` : '';
  const replaced = v.replacements.length > 0 ? ` ${v.replacements.length} sampled case${v.replacements.length === 1 ? ' was' : 's were'} found unsuitable and replaced by the next reserve of the same group; the reasons are in the audit trail.` : '';
  const blocks: Block[] = [
    para(method(v)),
    para(`The cohort: ${whole(v.cohort.rows)} children in the file ${v.cohort.fileName} (SHA-256 ${v.cohort.sha256}). ${exclusions(v)}`),
    para(`${v.cases.length} cases were drawn${v.drawnAt ? ` on ${formatDate(v.drawnAt)}` : ''}${v.drawnBy ? ` by ${v.drawnBy}` : ''} with the seed ${v.seed}.${reserves}${replaced}`),
    para(`Random generator and method: ${v.method}. The same file, settings and seed give the same sample on any computer, so the draw can be checked.`),
    heading('Is the sample like the cohort?', 2),
    para(
      'For each characteristic, the sample is compared with the whole cohort. The chi-square goodness-of-fit test asks whether the differences are larger than chance alone would usually give; it says little when fewer than 5 cases are expected in a group, and nothing about characteristics the sample was stratified by, which match the cohort by design.',
    ),
  ];
  for (const a of v.profile.attributes) {
    blocks.push(heading(a.label, 3));
    blocks.push(
      table(
        ctx.content.template.style,
        [{ header: a.label, width: 3 }, { header: 'Sample', align: 'right' }, { header: '% of sample', align: 'right' }, { header: 'Cohort', align: 'right' }, { header: '% of cohort', align: 'right' }],
        a.rows.map((r) => ({ cells: [r.label, count(r.sample), share(r.sample), count(r.cohort), share(r.cohort)] })),
      ),
    );
    const test = a.test ? ` (chi-square ${a.test.statistic.toFixed(2)} on ${a.test.degreesOfFreedom} degrees of freedom.)` : '';
    blocks.push(para(`${a.reading}${test}`));
  }
  if (v.profile.suppressSmallNumbers) {
    blocks.push(
      para(`Counts from 1 to ${v.profile.smallNumberThreshold - 1} are withheld, and where only one count of a column would be, the next smallest is withheld too, so that it cannot be worked out from the total.`),
    );
  }
  return blocks;
}
