import { algebra } from "../entry.js";

export default algebra({
  name: "laplace_distribution",
  formula: "exp(-Abs(x - mu)/b)/(2*b)",
  params: { b: 1, mu: 0 },
  metadata: {
    description: "Laplace density - exp(-|x - mu|/b)/(2*b)",
    usage: "Heavy-ish tails: L1 regression likelihoods, differential-privacy noise, sparse priors.",
    pros: ["Normalized density", "Its negative log is the absolute error"],
    cons: ["Kink at x = mu"],
    range: "(0, 1/(2*b)]",
    references: ["SciPy scipy.stats.laplace", "Neurogebra MathForge (algebra category)"],
    conventions: ["At x = mu the derivative in x and mu is 0 (the library's Abs'(0) = 0)."],
  },
});
