import { algebra } from "../entry.js";

export default algebra({
  name: "clamp",
  formula: "Max(low, Min(high, x))",
  params: { high: 1, low: 0 },
  metadata: {
    description: "Clamp - x limited to [low, high]",
    usage: "Bounding values, clipping predictions, saturating controls.",
    pros: ["Exact", "Identity inside the bounds"],
    cons: ["Zero gradient outside the bounds", "Kinks at low and high"],
    range: "[low, high]",
    references: ["NumPy clip; PyTorch clamp", "Neurogebra MathForge (algebra category)"],
    conventions: ["For low > high the result is low (as NumPy's clip)."],
  },
});
