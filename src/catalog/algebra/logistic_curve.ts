import { algebra } from "../entry.js";

export default algebra({
  name: "logistic_curve",
  formula: "L*sigmoid(k*(x - x0))",
  params: { L: 1, k: 1, x0: 0 },
  metadata: {
    description: "Logistic curve - L/(1 + exp(-k*(x - x0))), computed as L*sigmoid(k*(x - x0))",
    usage: "Population growth with a carrying capacity L, dose-response, adoption curves.",
    pros: ["Bounded by 0 and L", "Symmetric about its midpoint x0"],
    cons: ["Symmetric: use gompertz or richards_curve for skewed growth"],
    range: "(0, L) for L > 0",
    references: ["Verhulst, 1838", "Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra's algebra name logistic is taken here by the sigmoid activation (logistic = sigmoid, as in SciPy's expit): forge.get(\"logistic\") is sigmoid, this curve with L, k, x0 is logistic_curve.", "Computed through sigmoid, which neither overflows nor loses digits in the tails."],
  },
});
