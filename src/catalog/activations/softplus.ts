import { activation } from "../entry.js";

export default activation({
  name: "softplus",
  formula: "log(1 + exp(x))",
  metadata: {
    description: "Softplus - a smooth ReLU, log(1 + exp(x))",
    usage: "Where a smooth, strictly positive output is needed (variances, rates, smooth ReLU).",
    pros: ["Smooth everywhere", "Strictly positive", "Derivative is the sigmoid"],
    cons: ["Exponential and logarithm cost", "Never exactly 0"],
    range: "(0, inf)",
    conventions: ["Evaluated from e = exp(x) as x + log1p(1/e) from x = 0 on and log1p(e) below: exact for every x (PyTorch switches to x above a threshold of 20)."],
  },
});
