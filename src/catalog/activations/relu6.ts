import { activation } from "../entry.js";

export default activation({
  name: "relu6",
  formula: "Min(6, Max(0, x))",
  // Written as PyTorch's backward reads: the derived form is a product of steps.
  derivatives: { x: "Piecewise((0, x <= 0), (1, x < 6), (0, True))" },
  metadata: {
    description: "ReLU6 - ReLU capped at 6",
    usage: "Mobile networks (MobileNetV1/V2), where a bounded range suits low-precision arithmetic.",
    pros: ["Bounded output", "Cheap"],
    cons: ["Zero gradient for x < 0 and x > 6"],
    range: "[0, 6]",
    conventions: ["The derivative at 0 and at 6 is 0, as in PyTorch."],
  },
});
