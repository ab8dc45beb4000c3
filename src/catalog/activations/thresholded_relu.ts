import { activation } from "../entry.js";

export default activation({
  name: "thresholded_relu",
  formula: "Piecewise((x, x > theta), (0, True))",
  params: { theta: 1 },
  metadata: {
    description: "Thresholded ReLU - x where x > theta, else 0",
    usage: "Sparse activations (Keras's ThresholdedReLU).",
    pros: ["Sparse output", "Cheap"],
    cons: ["Discontinuous at theta for theta != 0"],
    range: "{0} ∪ (theta, inf)",
    conventions: ["The derivative at theta is 0."],
  },
});
