import { activation } from "../entry.js";

export default activation({
  name: "log_sigmoid",
  formula: "-log(1 + exp(-x))",
  metadata: {
    description: "Log-sigmoid - log(sigmoid(x)) = -softplus(-x)",
    usage: "Log-probabilities of binary events; numerically stable losses.",
    pros: ["Stable log of a probability", "Smooth"],
    cons: ["Unbounded below"],
    range: "(-inf, 0)",
    conventions: ["Evaluated as -softplus(-x): exact for every x (no overflow at x = -1000)."],
  },
});
