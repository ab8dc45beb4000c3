import { regularizer } from "../entry.js";

export default regularizer({
  name: "sqrt_reg",
  formula: "lambda_reg*sqrt(w**2 + epsilon)",
  variables: ["w"],
  params: { epsilon: 1e-8, lambda_reg: 0.01 },
  metadata: {
    description: "Smooth L1 penalty lambda*sqrt(w**2 + epsilon) (Charbonnier): |w| far from 0, a parabola within about sqrt(epsilon) of it",
    usage: "A differentiable stand-in for the L1 penalty (compressed sensing, iteratively reweighted least squares, image restoration).",
    pros: ["Smooth everywhere for epsilon > 0", "Approaches lambda*|w| as epsilon -> 0"],
    cons: ["No exact zeros", "lambda*sqrt(epsilon) at w = 0, not 0"],
    range: "[lambda*sqrt(epsilon), inf)",
    references: ["Charbonnier et al., Deterministic edge-preserving regularization in computed imaging, IEEE TIP 1997", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "Here epsilon is the smoothing parameter that defines the penalty (Neurogebra's default 1e-8 kept), not a guard against 0: it stays, unlike the epsilons of log_barrier, group_lasso, entropy_reg, kl_divergence_reg and confidence_penalty.",
      "sqrt(w**2 + epsilon) is compiled without overflow for large |w| (|w| = 1e300 gives 1e300*lambda). epsilon >= 0 is assumed: a negative one gives NaN where w**2 < -epsilon.",
    ],
  },
});
