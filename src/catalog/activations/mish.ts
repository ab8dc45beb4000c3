import { activation } from "../entry.js";

export default activation({
  name: "mish",
  formula: "x*tanh(log(1 + exp(x)))",
  metadata: {
    description: "Mish - x*tanh(softplus(x)): smooth, non-monotonic, self-regularised",
    usage: "Hidden layers of vision models (YOLOv4) as a smoother alternative to Swish and ReLU.",
    pros: ["Smooth", "Often slightly more accurate than Swish"],
    cons: ["Expensive (exp, log, tanh)"],
    range: "[-0.3088, inf)",
    references: ["Misra, Mish: A Self Regularized Non-Monotonic Activation Function, 2019"],
  },
});
