import { regularizer } from "../entry.js";

export default regularizer({
  name: "scad",
  formula:
    "Piecewise((lambda_reg*Abs(w), Abs(w) <= lambda_reg), ((2*a*lambda_reg*Abs(w) - w**2 - lambda_reg**2)/(2*(a - 1)), Abs(w) <= a*lambda_reg), ((a + 1)*lambda_reg**2/2, True))",
  variables: ["w"],
  params: { a: 3.7, lambda_reg: 0.01 },
  // Fan & Li's p'(w): lambda up to lambda, then (a*lambda - |w|)/(a - 1) falling to 0 at a*lambda.
  derivatives: { w: "Piecewise((lambda_reg*sign(w), Abs(w) <= lambda_reg), ((a*lambda_reg*sign(w) - w)/(a - 1), Abs(w) <= a*lambda_reg), (0, True))" },
  domains: {
    a: { min: 2, max: Infinity, what: "a concavity parameter a >= 2" },
    lambda_reg: { min: 0, max: Infinity, what: "a non-negative strength" },
  },
  metadata: {
    description: "SCAD penalty (smoothly clipped absolute deviation): lambda*|w| near 0, a quadratic spline up to a*lambda, the constant (a + 1)*lambda**2/2 beyond",
    usage: "Variable selection without the lasso's bias: small coefficients are thresholded to 0, large ones are left unshrunk.",
    pros: ["Continuously differentiable away from 0", "Unbiased for large coefficients, sparse and continuous in the data (the oracle property)"],
    cons: ["Non-convex", "A second hyperparameter a (3.7 by Fan & Li's Bayes-risk argument)"],
    range: "[0, (a + 1)*lambda**2/2]",
    references: ["Fan & Li, Variable selection via nonconcave penalized likelihood and its oracle properties, JASA 2001 (a = 3.7)", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "The derivative is Fan & Li's p'(|w|)*sign(w): lambda for |w| <= lambda, (a*lambda - |w|)/(a - 1) up to a*lambda, 0 beyond; it is continuous except at w = 0, where it is 0 (sign(0) = 0; the subdifferential is [-lambda, lambda]).",
      "The thresholding it induces (the minimiser of (z - w)**2/2 + scad(w), Fan & Li eq. 2.8): sign(z)*max(|z| - lambda, 0) for |z| <= 2*lambda, ((a - 1)*z - sign(z)*a*lambda)/(a - 2) for 2*lambda < |z| <= a*lambda, z beyond.",
      "Neurogebra's pieces and defaults (lambda_reg = 0.01, a = 3.7); a < 2 is an ArgumentError (Fan & Li require a > 2).",
    ],
  },
});
