import { statistic } from "../entry.js";

export default statistic({
  name: "uniform_pdf",
  formula: "Piecewise((0, x < a), (0, x > b), (1/(b - a), True))",
  params: { a: 0, b: 1 },
  metadata: {
    description: "Uniform density on [a, b]: 1/(b - a) inside, 0 outside",
    usage: "Flat priors, random initialisation ranges, the density of a uniform random number.",
    pros: ["Simplest bounded density"],
    cons: ["Not differentiable in x at a and b", "b <= a is not checked (the value is then negative or infinite)"],
    range: "{0, 1/(b - a)}",
    references: ["SciPy scipy.stats.uniform (loc = a, scale = b - a)"],
    conventions: [
      "Neurogebra's uniform_pdf is the constant 1/(b - a) with no input x; ours takes x and is 0 outside [a, b].",
      "The endpoints belong to the support (value 1/(b - a)), as in SciPy.",
    ],
  },
});
