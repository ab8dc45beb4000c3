import { activation } from "../entry.js";

export default activation({
  name: "linear",
  formula: "x",
  metadata: {
    description: "Linear (identity) - outputs its input unchanged",
    usage: "Output layer for regression; a placeholder where no nonlinearity is wanted.",
    pros: ["No distortion", "Gradient 1 everywhere"],
    cons: ["Adds no nonlinearity: stacked linear layers stay linear"],
    range: "(-inf, inf)",
    aliases: ["identity"],
  },
});
