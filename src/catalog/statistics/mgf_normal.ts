import { statistic } from "../entry.js";

export default statistic({
  name: "mgf_normal",
  formula: "exp(mu*t + sigma**2*t**2/2)",
  variables: ["t"],
  params: { mu: 0, sigma: 1 },
  domains: {
    sigma: { min: 0, max: Infinity, what: "a non-negative standard deviation" },
  },
  metadata: {
    description: "Moment-generating function of the normal distribution, E[exp(tX)]",
    usage: "Moments by differentiation at t = 0; Chernoff bounds.",
    pros: ["Defined for every t"],
    cons: ["Overflows for large |t|"],
    range: "(0, inf)",
    references: ["Casella & Berger, Statistical Inference, 2.3"],
  },
});
