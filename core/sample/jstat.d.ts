// The part of jStat (https://jstat.github.io) that Scrutineer uses; the package ships no types.
declare module 'jstat' {
  interface ChiSquare {
    /** P(X <= x) for a chi-square distribution with dof degrees of freedom. */
    cdf(x: number, dof: number): number;
  }
  const jStat: { chisquare: ChiSquare; lowRegGamma(a: number, x: number): number };
  export default jStat;
}
