import { transform } from "../entry.js";

export default transform({
  name: "moving_average_weight",
  formula: "1/window_size",
  variables: ["window_size"],
  domains: {
    window_size: { min: Number.MIN_VALUE, max: Infinity, what: "a positive window size" },
  },
  metadata: {
    description: "Weight of each sample in a simple moving average: 1/window_size",
    usage: "Building a moving-average filter (every tap has this weight).",
    pros: ["Exact"],
    cons: ["Equal weights: old and new samples count the same"],
    range: "(0, 1] for window_size >= 1",
    references: ["Neurogebra MathForge (transform category)"],
    conventions: ["window_size is the input (Neurogebra has it as a parameter)."],
  },
});
