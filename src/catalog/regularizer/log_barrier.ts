import { regularizer } from "../entry.js";

export default regularizer({
  name: "log_barrier",
  // Near |w| = 1, 1 - w**2 would round w**2 first; (1 - |w|)*(1 + |w|) is exact there (1 - |w| is exact).
  formula: "-lambda_reg*Piecewise((log(1 - w**2), Abs(w) < 1/2), (log(1 - Abs(w)) + log(1 + Abs(w)), True))",
  variables: ["w"],
  params: { lambda_reg: 0.01 },
  domains: { w: { min: -1, max: 1, what: "a weight inside the barrier" } },
  metadata: {
    description: "Logarithmic barrier -lambda*log(1 - w**2): finite inside |w| < 1, growing to Infinity at the bounds",
    usage: "Keeping a weight strictly inside [-1, 1] (interior-point methods, bounded parameters).",
    pros: ["Smooth and convex inside the bounds", "The bound is never crossed by a descent step that keeps the value finite"],
    cons: ["Infinite at |w| = 1 and undefined beyond (an error here)", "Pulls weights towards 0 even far from the bounds"],
    range: "[0, inf]",
    references: ["Boyd & Vandenberghe, Convex Optimization, 11.2 (logarithmic barrier)", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "Neurogebra writes -lambda_reg*log(1 - w**2 + epsilon) with epsilon = 1e-8, which moves the bound to sqrt(1 + 1e-8) and is finite at |w| = 1; here the epsilon is removed: the value is Infinity at |w| = 1, and |w| > 1 is an ArgumentError.",
      "Exact for every w: log1p(-w**2) for |w| < 1/2, log1p(-|w|) + log1p(|w|) beyond, where w**2 would round before the subtraction (at |w| = 1 - 1e-10 that loses 6 digits).",
    ],
  },
});
