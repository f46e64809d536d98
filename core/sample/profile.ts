// The sample against the cohort, per attribute: counts and percentages through the disclosure
// policy, the chi-square goodness-of-fit test, and what the test says in plain words.
import {
  attributeValue,
  attributeValueLabel,
  compareValues,
  isListedValue,
  RARE_OTHER,
  sampleAttributeLabels,
  sampleAttributes,
  type CaseAttributes,
  type SampleAttribute,
} from '../../model/sample';
import type { AttributeProfile, SampleProfile } from '../contract/sample-types';
import { discloseCounts } from '../disclosure/counts';
import { SMALL_NUMBER_THRESHOLD } from '../disclosure/suppression';
import { chiSquareGoodnessOfFit, MIN_EXPECTED, type FitOutcome } from './chi-square';
import type { CohortCount } from './draw';

/** Conventional 5% level: below it, a difference this large would arise by chance less than 1 time in 20. */
const SIGNIFICANCE = 0.05;

export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.1 ? p.toFixed(3) : p.toFixed(2)}`;
}

const inWords = (attribute: SampleAttribute) => {
  const label = sampleAttributeLabels[attribute];
  return label.charAt(0).toLowerCase() + label.slice(1);
};

export function reading(attribute: SampleAttribute, outcome: FitOutcome, stratified: boolean): string {
  const what = inWords(attribute);
  if (!outcome.ok) {
    if (outcome.why === 'no-sample') return 'No cases are in the sample yet.';
    if (outcome.why === 'one-value') return `Every case in the cohort has the same ${what}: there is nothing to test.`;
    return `Some sampled cases have a ${what} the cohort did not have (changed since the draw), so the sample cannot be tested against the cohort.`;
  }
  const { fit } = outcome;
  const p = formatP(fit.pValue);
  if (stratified) return `The sample was stratified by ${what}, so its ${what} profile follows the cohort's by design (${p}).`;
  if (fit.smallExpected > 0) {
    return `Too few cases are expected in ${fit.smallExpected} of the ${fit.values} groups (fewer than ${MIN_EXPECTED}) for the chi-square test to mean anything (${p}): read the counts instead.`;
  }
  if (fit.pValue >= SIGNIFICANCE) return `The sample's ${what} profile is not detectably different from the cohort's (${p}).`;
  return `The sample's ${what} profile differs from the cohort's by more than chance would usually give (${p}): bear this in mind when reading findings by ${what}.`;
}

export function buildProfile(cohort: readonly CohortCount[], sample: readonly CaseAttributes[], stratify: readonly SampleAttribute[], suppress: boolean): SampleProfile {
  const attributes: AttributeProfile[] = [];
  for (const attribute of sampleAttributes) {
    const cohortCounts = new Map(cohort.filter((c) => c.attribute === attribute).map((c) => [c.value, c.count]));
    if (cohortCounts.size === 0) continue;
    const sampleCounts = new Map<string, number>();
    for (const c of sample) {
      const written = attributeValue(c, attribute);
      // A value the cohort's counts hold only among the rare ones is counted with them.
      const value = cohortCounts.has(written) || isListedValue(attribute, written) ? written : RARE_OTHER;
      sampleCounts.set(value, (sampleCounts.get(value) ?? 0) + 1);
    }
    const values = [...new Set([...cohortCounts.keys(), ...sampleCounts.keys()])].sort((a, b) => compareValues(attribute, a, b));
    const observed = values.map((v) => sampleCounts.get(v) ?? 0);
    const expectedFrom = values.map((v) => cohortCounts.get(v) ?? 0);
    const sampleShown = discloseCounts(observed, suppress);
    const cohortShown = discloseCounts(expectedFrom, suppress);
    const outcome = chiSquareGoodnessOfFit(observed, expectedFrom);
    const stratified = stratify.includes(attribute);
    attributes.push({
      attribute,
      label: sampleAttributeLabels[attribute],
      stratified,
      sampleTotal: sample.length,
      cohortTotal: expectedFrom.reduce((a, b) => a + b, 0),
      rows: values.map((value, i) => ({ value, label: attributeValueLabel(attribute, value), sample: sampleShown[i]!, cohort: cohortShown[i]! })),
      test: outcome.ok ? outcome.fit : null,
      reading: reading(attribute, outcome, stratified),
    });
  }
  return { smallNumberThreshold: SMALL_NUMBER_THRESHOLD, suppressSmallNumbers: suppress, attributes };
}
