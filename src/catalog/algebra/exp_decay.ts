import { algebra } from "../entry.js";

export default algebra({
  name: "exp_decay",
  formula: "A*exp(-k*x)",
  params: { A: 1, k: 1 },
  metadata: {
    description: "Exponential decay - A*exp(-k*x)",
    usage: "Radioactive decay, learning-rate schedules, cooling, discounting.",
    pros: ["Constant relative rate k", "Half-life log(2)/k"],
    cons: ["Overflows for very negative k*x"],
    range: "(0, inf) for A > 0",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["k > 0 decays; the same formula grows for k < 0 (see exp_growth)."],
  },
});
