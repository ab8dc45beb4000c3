import { algebra } from "../entry.js";

export default algebra({
  name: "double_exponential",
  formula: "A*exp(-Abs(x - mu)/b)",
  params: { A: 1, b: 1, mu: 0 },
  metadata: {
    description: "Double exponential (Laplace-shaped) peak - A*exp(-|x - mu|/b)",
    usage: "Sharp symmetric peaks, Laplace-shaped signals, L1 smoothing kernels.",
    pros: ["Heavier tails than a Gaussian", "Peak height A, width b"],
    cons: ["Kink at x = mu"],
    range: "(0, A]",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["At x = mu the derivative in x and mu is 0 (the library's Abs'(0) = 0).", "Unnormalized; laplace_distribution is the density."],
  },
});
