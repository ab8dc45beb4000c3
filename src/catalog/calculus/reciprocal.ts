import { calculus } from "../entry.js";

export default calculus({
  name: "reciprocal",
  formula: "1/x",
  metadata: {
    description: "Reciprocal - 1/x",
    usage: "Inverse scaling, rates from periods, harmonic means.",
    pros: ["Simple", "Exact (one division)"],
    cons: ["Pole at x = 0 (1/0 = inf, 1/-0 = -inf as in IEEE arithmetic)"],
    range: "(-inf, 0) U (0, inf)",
    references: ["DLMF 1.2", "Neurogebra MathForge (calculus category)"],
    conventions: ["At x = +-0 the value is +-inf, the IEEE quotient; the derivative -1/x**2 is -inf."],
  },
});
