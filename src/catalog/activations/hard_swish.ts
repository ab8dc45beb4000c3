import { activation } from "../entry.js";

export default activation({
  name: "hard_swish",
  formula: "x*Max(0, Min(1, (x + 3)/6))",
  // Written as PyTorch's backward reads: the derived form is a product of steps.
  derivatives: { x: "Piecewise((0, x <= -3), (x/3 + 1/2, x < 3), (1, True))" },
  metadata: {
    description: "Hard swish - x times hard_sigmoid(x), a cheap piecewise approximation of swish",
    usage: "Mobile networks (MobileNetV3).",
    pros: ["Cheap", "Close to swish"],
    cons: ["Kinks at ±3"],
    range: "[-0.375, inf)",
    references: ["Howard et al., Searching for MobileNetV3, 2019"],
    conventions: ["Derivative at -3 is 0 and at 3 is 1, as PyTorch's hardswish backward gives."],
  },
});
