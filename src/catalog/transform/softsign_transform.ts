import { transform } from "../entry.js";

export default transform({
  name: "softsign_transform",
  formula: "x/(Abs(x) + 1)",
  metadata: {
    description: "Softsign squashing x/(1 + |x|) to (-1, 1)",
    usage: "Bounding a feature with heavier tails than tanh (polynomial approach to ±1).",
    pros: ["Bounded", "Cheap: no exponential"],
    cons: ["Slow approach to ±1"],
    range: "(-1, 1)",
    references: ["Neurogebra MathForge (transform category)"],
  },
});
