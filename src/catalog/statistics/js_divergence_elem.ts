import { statistic } from "../entry.js";

const FAR = "(p*log(2*p/(p + q)) + q*log(2*q/(p + q)))/2";

export default statistic({
  name: "js_divergence_elem",
  formula: `Piecewise((q*log(2)/2, p <= 0), (p*log(2)/2, q <= 0), (${FAR}, p < q/2), (${FAR}, p > 2*q), ((p*log1pmx((p - q)/(p + q)) + q*log1pmx((q - p)/(p + q)) + (p - q)**2/(p + q))/2, True))`,
  // Hand-written: the derived ones are simplified into forms that cancel near p = q.
  derivatives: {
    p: "Piecewise((0, p <= 0), (log(2)/2, q <= 0), (log(2*p/(p + q))/2, p < q/2), (log(2*p/(p + q))/2, p > 2*q), (log1p((p - q)/(p + q))/2, True))",
    q: "Piecewise((log(2)/2, p <= 0), (0, q <= 0), (log(2*q/(p + q))/2, p < q/2), (log(2*q/(p + q))/2, p > 2*q), (log1p((q - p)/(p + q))/2, True))",
  },
  variables: ["p", "q"],
  domains: {
    p: { min: 0, max: 1, what: "a probability" },
    q: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "Element of the Jensen-Shannon divergence: (p*log(2p/(p + q)) + q*log(2q/(p + q)))/2",
    usage: "Summed over outcomes: a symmetric, bounded divergence between discrete distributions (GAN theory).",
    pros: ["Symmetric and bounded by log(2)", "No epsilon", "Exact near p = q and where p << q or q << p, value and derivatives"],
    cons: ["Gradient vanishes for disjoint supports"],
    range: "[0, log(2)]",
    references: ["Lin, Divergence measures based on the Shannon entropy, IEEE Trans. Inf. Theory 1991"],
    conventions: [
      "0*log(0) = 0 by the limit: q*log(2)/2 at p = 0, p*log(2)/2 at q = 0. Neurogebra adds 1e-15 to p + q instead.",
      "Natural logarithm (nats).",
      "With d = (p - q)/(p + q) it is (p + q)/4*(phi(d) + phi(-d)), phi(d) = (1 + d)*log1p(d) - d >= 0, so it does not cancel near p = q: where p and q are within a factor 2 it is (p*log1pmx(d) + q*log1pmx(-d) + (p - q)**2/(p + q))/2 with the core's exact log1pmx(d) = log1p(d) - d; elsewhere (p*log(2p/(p + q)) + q*log(2q/(p + q)))/2, where d would round to -1 or 1.",
      "The derivatives are written by hand in the same branches (log(2p/(p + q))/2 in p, log1p(d)/2 near p = q), exact near p = q too; at p = 0 (or q = 0) they are those of the branch taken there, q*log(2)/2, whose derivative in p is 0 where the one-sided limit is -Infinity.",
    ],
  },
});
