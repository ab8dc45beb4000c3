import { regularizer } from "../entry.js";

export default regularizer({
  name: "l1",
  formula: "lambda_reg*Abs(w)",
  variables: ["w"],
  params: { lambda_reg: 0.01 },
  metadata: {
    description: "L1 penalty (lasso) lambda*|w| of one weight; summed over the weights it is lambda*||w||_1",
    usage: "Sparse models and feature selection: added to the loss, it pushes small weights to exactly 0.",
    pros: ["Convex", "Gives exact zeros (soft thresholding)"],
    cons: ["Not differentiable at 0", "Biased: large weights are shrunk by lambda as much as small ones"],
    range: "[0, inf)",
    aliases: ["lasso"],
    references: ["Tibshirani, Regression shrinkage and selection via the lasso, JRSS B 1996", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "The derivative at w = 0 is 0 (sign(0) = 0, PyTorch's autograd of abs); the subdifferential there is [-lambda, lambda].",
      "Keras's regularizers.L1(l1) is the same sum, l1*sum(|w|); scikit-learn's Lasso scales the data term by 1/(2*n_samples) instead.",
    ],
  },
});
