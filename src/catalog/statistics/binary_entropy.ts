import { statistic } from "../entry.js";

export default statistic({
  name: "binary_entropy",
  formula: "Piecewise((0, p <= 0), (0, p >= 1), (-p*log(p) - (1 - p)*log(1 - p), True))",
  variables: ["p"],
  domains: {
    p: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "Binary entropy H(p) = -p*log(p) - (1 - p)*log(1 - p) in nats",
    usage: "Uncertainty of a Bernoulli variable; entropy regularisers.",
    pros: ["Exact at both ends without an epsilon"],
    cons: ["Infinite slope at 0 and 1"],
    range: "[0, log(2)]",
    references: ["Cover & Thomas, Elements of Information Theory, 2.1"],
    conventions: [
      "0*log(0) = 0, the limit: H(0) = H(1) = 0. Neurogebra adds 1e-15 inside the log instead.",
      "Natural logarithm (nats); divide by log(2) for bits.",
      "log(1 - p) is compiled as log1p(-p), exact for tiny p and for p near 1.",
    ],
  },
});
