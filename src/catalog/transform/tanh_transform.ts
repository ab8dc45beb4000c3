import { transform } from "../entry.js";

export default transform({
  name: "tanh_transform",
  formula: "tanh(x)",
  metadata: {
    description: "Tanh squashing of a feature to (-1, 1)",
    usage: "Bounding a feature symmetrically, e.g. before a network that expects inputs in [-1, 1].",
    pros: ["Bounded, odd and smooth"],
    cons: ["Saturates for |x| beyond about 3"],
    range: "(-1, 1)",
    references: ["Neurogebra MathForge (transform category)"],
  },
});
