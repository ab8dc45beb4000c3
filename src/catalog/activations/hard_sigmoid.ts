import { activation } from "../entry.js";

export default activation({
  name: "hard_sigmoid",
  formula: "Max(0, Min(1, (x + 3)/6))",
  // Written as PyTorch's backward reads: the derived form is a product of steps.
  derivatives: { x: "Piecewise((0, x <= -3), (1/6, x < 3), (0, True))" },
  metadata: {
    description: "Hard sigmoid - a piecewise-linear approximation of the sigmoid: x/6 + 1/2 clipped to [0, 1]",
    usage: "Mobile networks (MobileNetV3) and gates where exp is too expensive.",
    pros: ["Very cheap", "Exactly 0 and 1 in the tails"],
    cons: ["Zero gradient outside [-3, 3]"],
    range: "[0, 1]",
    references: ["Howard et al., Searching for MobileNetV3, 2019"],
    conventions: [
      "x/6 + 1/2 as in PyTorch and Keras 3; tf.keras 2 and TensorFlow.js use 0.2*x + 0.5 (clipped at ±2.5).",
      "The derivative at ±3 is 0, as in PyTorch.",
    ],
  },
});
