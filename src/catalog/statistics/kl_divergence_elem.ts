import { statistic } from "../entry.js";

export default statistic({
  name: "kl_divergence_elem",
  formula: "Piecewise((0, p <= 0), (oo, q <= 0), (p*(log(p) - log(q)), p < q/2), (p*(log(p) - log(q)), p > 2*q), (p*log(1 + (p - q)/q), True))",
  variables: ["p", "q"],
  domains: {
    p: { min: 0, max: 1, what: "a probability" },
    q: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "Element p*log(p/q) of the Kullback-Leibler divergence KL(P || Q)",
    usage: "Summed over outcomes: the KL divergence between discrete distributions.",
    pros: ["Exact where p and q are close (log1p of the relative difference)", "0 for p = 0 without an epsilon"],
    cons: ["Infinite for q = 0 < p"],
    range: "[-1/e, inf]",
    references: ["Kullback & Leibler, Ann. Math. Statist. 1951"],
    conventions: [
      "0*log(0/q) = 0 by the limit, and p*log(p/0) = Infinity for p > 0. Neurogebra adds 1e-15 to p and q instead.",
      "Where q/2 <= p <= 2q it is p*log1p((p - q)/q), with p - q exact: log(p/q) would lose all digits where p/q rounds near 1. Elsewhere it is p*(log(p) - log(q)): p/q could underflow or overflow, and (p - q)/q rounds to -1 when p << q.",
    ],
  },
});
