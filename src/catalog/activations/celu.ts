import { activation } from "../entry.js";

export default activation({
  name: "celu",
  formula: "Piecewise((x, x > 0), (alpha*(exp(x/alpha) - 1), True))",
  params: { alpha: 1 },
  metadata: {
    description: "Continuously differentiable ELU - ELU with the input of exp scaled by 1/alpha",
    usage: "Like ELU, when alpha differs from 1 and a continuous derivative matters.",
    pros: ["Continuously differentiable for every alpha"],
    cons: ["Exponential cost for negative inputs"],
    range: "(-alpha, inf)",
    references: ["Barron, Continuously Differentiable Exponential Linear Units, 2017"],
    conventions: ["PyTorch writes max(0, x) + min(0, alpha*(exp(x/alpha) - 1)), equal for alpha > 0; the derivative at 0 is 1, as in PyTorch."],
  },
});
