import { activation } from "../entry.js";

export default activation({
  name: "elu",
  formula: "Piecewise((x, x > 0), (alpha*(exp(x) - 1), True))",
  params: { alpha: 1 },
  metadata: {
    description: "Exponential Linear Unit - x for x > 0, alpha*(exp(x) - 1) otherwise",
    usage: "Hidden layers where mean activations near zero speed up learning.",
    pros: ["Smooth negative part, saturating at -alpha", "Mean activation closer to zero than ReLU"],
    cons: ["Exponential cost for negative inputs"],
    range: "(-alpha, inf)",
    references: ["Clevert, Unterthiner & Hochreiter, Fast and Accurate Deep Network Learning by Exponential Linear Units, 2015"],
    conventions: ["exp(x) - 1 is evaluated as expm1(x): exact for tiny negative x.", "The derivative at 0 is alpha (the negative branch), as in PyTorch."],
  },
});
