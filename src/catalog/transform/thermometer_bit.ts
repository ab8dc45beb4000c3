import { transform } from "../entry.js";

export default transform({
  name: "thermometer_bit",
  formula: "Piecewise((1, x >= threshold), (0, True))",
  params: { threshold: 0 },
  metadata: {
    description: "One bit of a thermometer code - 1 where x reaches the threshold, 0 below it",
    usage: "Encoding an ordinal or continuous feature as a set of threshold bits (one entry per threshold).",
    pros: ["Exact 0/1 output", "Monotone in x"],
    cons: ["Zero derivative: not trainable through"],
    range: "{0, 1}",
    references: [
      "Buckman et al., Thermometer Encoding, ICLR 2018",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: ["x = threshold gives 1; NaN gives NaN."],
  },
});
