import { algebra } from "../entry.js";

export default algebra({
  name: "exp_growth",
  formula: "A*exp(k*x)",
  params: { A: 1, k: 1 },
  metadata: {
    description: "Exponential growth - A*exp(k*x)",
    usage: "Unconstrained population growth, compound interest, early epidemics.",
    pros: ["Constant relative rate k", "Doubling time log(2)/k"],
    cons: ["Unbounded: overflows to inf for k*x > 709.78"],
    range: "(0, inf) for A > 0",
    references: ["Neurogebra MathForge (algebra category)"],
  },
});
