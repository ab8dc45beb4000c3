import { activation } from "../entry.js";

export default activation({
  name: "soft_shrink",
  formula: "Piecewise((x - lambd, x > lambd), (x + lambd, x < -lambd), (0, True))",
  params: { lambd: 0.5 },
  metadata: {
    description: "Soft shrinkage - moves x towards 0 by lambda, zero in [-lambda, lambda]",
    usage: "Sparse coding (ISTA), L1 proximal steps, denoising.",
    pros: ["Continuous", "Produces exact zeros (sparsity)"],
    cons: ["Biases large values by lambda"],
    range: "(-inf, inf)",
    conventions: ["The derivative at ±lambda is 0, as in PyTorch."],
  },
});
