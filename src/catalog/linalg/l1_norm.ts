import { linalg } from "../entry.js";

export default linalg({
  name: "l1_norm",
  formula: "Sum(Abs(x[j]), (j, 0, n - 1))",
  variables: ["x"],
  metadata: {
    description: "L1 norm - the sum of absolute values along the last axis",
    usage: "Lasso penalties, sparsity-promoting regularisation, Manhattan lengths.",
    pros: ["Promotes sparsity", "Robust to outliers compared with L2"],
    cons: ["Not differentiable where an element is 0 (subgradient sign(x), 0 at 0)"],
    range: "[0, inf)",
    references: ["torch.linalg.vector_norm(x, ord=1, dim=-1)"],
    conventions: ["The derivative at an element equal to 0 is 0, as PyTorch's sign."],
  },
});
