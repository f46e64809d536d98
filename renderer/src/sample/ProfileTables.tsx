// The sample against the cohort, per attribute: counts and percentages (withheld where the
// disclosure policy says so), the chi-square test and its reading in plain words.
import type { DisclosedCount, SampleProfile } from '@contract/sample-types';

const whole = (n: number) => n.toLocaleString('en-GB');
const count = (c: DisclosedCount) => (c.suppressed ? 'withheld' : whole(c.count));
const share = (c: DisclosedCount) => (c.suppressed ? '' : `${Math.round(c.percent * 100)}%`);

export function ProfileTables({ profile }: { profile: SampleProfile }) {
  return (
    <section aria-labelledby="profile-heading" className="sample-profile">
      <h2 id="profile-heading">Is the sample like the cohort?</h2>
      <p>
        Each characteristic of the sample against the whole cohort. The chi-square test asks whether the differences are larger than chance would usually
        give.
        {profile.suppressSmallNumbers && ` Counts from 1 to ${profile.smallNumberThreshold - 1} are withheld (with the next smallest where only one would be).`}
      </p>
      <div className="profile-grid">
        {profile.attributes.map((a) => (
          <div key={a.attribute} className="profile-card">
            <table className="data-table profile-table">
              <caption>
                {a.label}
                {a.stratified && <span className="badge badge-muted">stratified</span>}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{a.label}</th>
                  <th scope="col" className="num">
                    Sample
                  </th>
                  <th scope="col" className="num">
                    %
                  </th>
                  <th scope="col" className="num">
                    Cohort
                  </th>
                  <th scope="col" className="num">
                    %
                  </th>
                </tr>
              </thead>
              <tbody>
                {a.rows.map((r) => (
                  <tr key={r.value}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{count(r.sample)}</td>
                    <td className="num">{share(r.sample)}</td>
                    <td className="num">{count(r.cohort)}</td>
                    <td className="num">{share(r.cohort)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="profile-reading">
              {a.reading}
              {a.test && (
                <span className="hint">
                  {' '}
                  χ² = {a.test.statistic.toFixed(2)}, {a.test.degreesOfFreedom} degrees of freedom.
                </span>
              )}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
