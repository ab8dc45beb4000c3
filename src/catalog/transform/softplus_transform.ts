import { transform } from "../entry.js";

export default transform({
  name: "softplus_transform",
  formula: "log(exp(x) + 1)",
  metadata: {
    description: "Softplus transform log(1 + exp(x)) - a smooth positive version of x",
    usage: "Making a feature or a parameter positive smoothly (scales, rates).",
    pros: ["Positive and smooth", "Close to x for large x"],
    cons: ["Not bounded above"],
    range: "(0, inf)",
    references: ["Neurogebra MathForge (transform category)"],
    conventions: [
      "Evaluated as the stable softplus: exactly x for large x, exp(x) for very negative x, no overflow.",
    ],
  },
});
