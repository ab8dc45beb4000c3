import { transform } from "../entry.js";

export default transform({
  name: "sigmoid_transform",
  formula: "1/(1 + exp(-k_sig*(x - x0_sig)))",
  params: { k_sig: 1, x0_sig: 0 },
  metadata: {
    description: "Logistic squashing of a feature - 1/(1 + exp(-k*(x - x0)))",
    usage: "Mapping an unbounded feature to (0, 1) around a centre x0_sig with steepness k_sig.",
    pros: ["Bounded output", "Smooth"],
    cons: ["Saturates: differences far from x0_sig are lost"],
    range: "(0, 1)",
    references: ["Neurogebra MathForge (transform category)"],
    conventions: ["Evaluated as the stable sigmoid: no overflow of exp for large -k*(x - x0)."],
  },
});
