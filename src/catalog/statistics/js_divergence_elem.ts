import { statistic } from "../entry.js";

export default statistic({
  name: "js_divergence_elem",
  formula: "Piecewise((0, p <= 0), (p*log(1 + (p - q)/(p + q))/2, True)) + Piecewise((0, q <= 0), (q*log(1 + (q - p)/(p + q))/2, True))",
  variables: ["p", "q"],
  domains: {
    p: { min: 0, max: 1, what: "a probability" },
    q: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "Element of the Jensen-Shannon divergence: (p*log(2p/(p + q)) + q*log(2q/(p + q)))/2",
    usage: "Summed over outcomes: a symmetric, bounded divergence between discrete distributions (GAN theory).",
    pros: ["Symmetric and bounded by log(2)", "No epsilon"],
    cons: ["Gradient vanishes for disjoint supports"],
    range: "[0, log(2)]",
    references: ["Lin, Divergence measures based on the Shannon entropy, IEEE Trans. Inf. Theory 1991"],
    conventions: [
      "0*log(0) = 0 by the limit. Neurogebra adds 1e-15 to p + q instead.",
      "Natural logarithm (nats).",
    ],
  },
});
