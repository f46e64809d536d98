// How far auditors agree: between two auditors of the same case for the same agency (double
// audits), and between agencies' grades and the grade agreed in moderation.
import type { Agreement, DisclosedAgreement, DisclosedSummary } from '@contract/types';
import { decimal, fewerThan } from './format';

const measures: { key: keyof Agreement; label: string; meaning: string }[] = [
  { key: 'pairs', label: 'Pairs of grades', meaning: 'How many pairs of grades for the same case and criterion were compared.' },
  { key: 'exact', label: 'Exact agreement', meaning: 'The share of pairs with the same grade (1.00 means every pair matched).' },
  { key: 'kappa', label: 'Cohen’s kappa', meaning: 'Agreement beyond what chance would give; any difference counts as a disagreement (above 0.60 is usually called substantial).' },
  { key: 'kappaLinear', label: 'Kappa, linear weights', meaning: 'As kappa, but grades one level apart count as a smaller disagreement than grades far apart.' },
  { key: 'kappaQuadratic', label: 'Kappa, quadratic weights', meaning: 'As kappa, with large gaps weighing much more than small ones: the usual choice for graded scales.' },
  { key: 'alphaOrdinal', label: 'Krippendorff’s alpha (ordinal)', meaning: 'Agreement on an ordered scale that also works with more than two raters; 0.80 or above is reliable, below 0.67 is weak.' },
];

export function AgreementTable({ summary }: { summary: DisclosedSummary }) {
  const show = (a: DisclosedAgreement, key: keyof Agreement) =>
    a.suppressed ? (
      <span className="fd-suppressed">{fewerThan(summary.smallNumberThreshold)}</span>
    ) : key === 'pairs' ? (
      String(a.pairs)
    ) : a.pairs === 0 ? (
      '–'
    ) : (
      decimal(a[key])
    );
  const withheld = summary.agreement.suppressed || summary.agreementWithModeration.suppressed;
  return (
    <div className="fd-scroller" tabIndex={0}>
      <table className="data-table fd-table fd-agreement">
        <caption className="visually-hidden">Agreement between auditors</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="num">
              Double audits
            </th>
            <th scope="col" className="num">
              Agencies and moderation
            </th>
            <th scope="col">What it means</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.label}</th>
              <td className="num">{show(summary.agreement, m.key)}</td>
              <td className="num">{show(summary.agreementWithModeration, m.key)}</td>
              <td className="fd-meaning">{m.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="fd-note">A dash means there were no pairs to compare, or every grade was the same so the measure is not defined.</p>
      {withheld && <p className="fd-note">Agreement from pairs in {fewerThan(summary.smallNumberThreshold)} cases is not shown.</p>}
    </div>
  );
}
