import { transform } from "../entry.js";

export default transform({
  name: "clip_transform",
  formula: "Max(low, Min(high, x))",
  params: { high: 1, low: -1 },
  metadata: {
    description: "Clipping - x limited to [low, high]",
    usage: "Capping features or gradients at fixed bounds.",
    pros: ["Exact", "Identity inside the bounds"],
    cons: ["Zero derivative outside the bounds"],
    range: "[low, high]",
    references: [
      "NumPy numpy.clip; PyTorch torch.clamp",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "For low > high the result is low (as NumPy's clip); at x = low or x = high the derivative with respect to x is 0 and with respect to that bound 1 (a tie goes to the bound).",
    ],
  },
});
