import { regularizer } from "../entry.js";

export default regularizer({
  name: "cauchy_reg",
  // Beyond 1e150*sigma, (w/sigma)**2 would overflow: there log(1 + u**2) = 2*log(|w|/sigma) + log(1 + (sigma/w)**2).
  formula: "Piecewise((lambda_reg*log(1 + (w/sigma)**2), Abs(w) <= 1e150*sigma), (lambda_reg*(2*log(Abs(w)) - 2*log(sigma) + log(1 + (sigma/w)**2)), True))",
  variables: ["w"],
  params: { lambda_reg: 0.01, sigma: 1 },
  domains: { sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" } },
  metadata: {
    description: "Cauchy (Lorentzian) penalty lambda*log(1 + (w/sigma)**2), the negative log of a Cauchy prior up to a constant",
    usage: "Sparsity with little bias on large weights; robust (heavy-tailed) priors.",
    pros: ["Smooth everywhere", "Grows only logarithmically, so large weights are hardly shrunk"],
    cons: ["Non-convex for |w| > sigma"],
    range: "[0, inf)",
    references: ["Black & Rangarajan, On the unification of line processes, outlier rejection, and robust statistics, IJCV 1996", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "Neurogebra's lambda_reg*log(1 + (w/sigma)**2), exact for all w: log(1 + u) is compiled as log1p(u), and beyond |w| = 1e150*sigma, where (w/sigma)**2 overflows, it is 2*(log(|w|) - log(sigma)) + log1p((sigma/w)**2), the same value.",
    ],
  },
});
