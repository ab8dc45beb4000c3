import { algebra } from "../entry.js";

export default algebra({
  name: "linear_function",
  formula: "m*x + b",
  params: { m: 1, b: 0 },
  metadata: {
    description: "Linear function - m*x + b, slope m and intercept b",
    usage: "Straight-line trends, linear regression models, baselines for curve fitting.",
    pros: ["Simplest model", "Parameters are directly interpretable"],
    cons: ["Cannot bend: underfits curved data"],
    range: "(-inf, inf)",
    aliases: ["linear_eq"],
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra's name linear_eq is an alias (it is a function, not an equation); the activation linear is the identity without parameters."],
  },
});
