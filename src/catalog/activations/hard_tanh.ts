import { activation } from "../entry.js";

export default activation({
  name: "hard_tanh",
  formula: "Max(min_val, Min(max_val, x))",
  params: { min_val: -1, max_val: 1 },
  // Written as PyTorch's backward reads: the derived form is a product of steps.
  derivatives: { x: "Piecewise((0, x <= min_val), (1, x < max_val), (0, True))" },
  metadata: {
    description: "Hard tanh - x clipped to [min_val, max_val]",
    usage: "Cheap bounded activation; clipping in quantised and recurrent models.",
    pros: ["Very cheap", "Bounded"],
    cons: ["Zero gradient outside the interval"],
    range: "[min_val, max_val]",
    conventions: ["The derivative at min_val and max_val is 0, as in PyTorch."],
  },
});
