import { algebra } from "../entry.js";

export default algebra({
  name: "periodic_kernel",
  formula: "sigma_k**2*exp(-2*sin(pi*Abs(x - y)/period)**2/length_scale**2)",
  variables: ["x", "y"],
  params: { length_scale: 1, period: 1, sigma_k: 1 },
  // sin has no limit at ±inf: the inputs are the finite doubles.
  domains: { x: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, what: "finite" }, y: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, what: "finite" } },
  metadata: {
    description: "Periodic (exp-sine-squared) kernel - sigma**2*exp(-2*sin(pi*|x - y|/p)**2/l**2)",
    usage: "Gaussian processes for periodic functions (seasonality with period p).",
    pros: ["Exactly periodic"],
    cons: ["Rounding of pi*|x - y|/period is amplified for large |x - y|"],
    range: "[sigma_k**2*exp(-2/l**2), sigma_k**2]",
    references: ["MacKay, Introduction to Gaussian processes, 1998", "scikit-learn ExpSineSquared", "Neurogebra MathForge (algebra category)"],
  },
});
