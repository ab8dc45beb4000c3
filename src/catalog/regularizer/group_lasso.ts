import { regularizer } from "../entry.js";

export default regularizer({
  name: "group_lasso",
  formula: "lambda_reg*sqrt(w1**2 + w2**2)",
  variables: ["w1", "w2"],
  params: { lambda_reg: 0.01 },
  // At w1 = w2 = 0 the gradient is 0 (a subgradient), as PyTorch's norm backward, instead of 0/0.
  derivatives: {
    w1: "Piecewise((lambda_reg*w1/sqrt(w1**2 + w2**2), w1**2 + w2**2 > 0), (0, True))",
    w2: "Piecewise((lambda_reg*w2/sqrt(w1**2 + w2**2), w1**2 + w2**2 > 0), (0, True))",
  },
  metadata: {
    description: "Group lasso penalty lambda*sqrt(w1**2 + w2**2) of a group of two weights",
    usage: "Structured sparsity: a whole group of weights (a feature's dummy columns, a neuron's inputs) is set to 0 together.",
    pros: ["Convex", "Zeroes whole groups"],
    cons: ["Not differentiable where the whole group is 0", "Groups must be chosen in advance"],
    range: "[0, inf)",
    references: ["Yuan & Lin, Model selection and estimation in regression with grouped variables, JRSS B 2006", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "Neurogebra writes lambda_reg*sqrt(w1**2 + w2**2 + epsilon) with epsilon = 1e-8; here the epsilon is removed, so the value at w1 = w2 = 0 is 0 (not lambda*1e-4) and the penalty is the group's exact norm. The derivative there is 0 (a subgradient, as PyTorch's norm backward).",
      "Computed as hypot(w1, w2): no overflow or underflow of the squares (|w| = 1e300 or 1e-300).",
      "Neurogebra's scalar stand-in for a group of two; group_lasso_vector takes the group as a vector along the last axis, with Yuan and Lin's weight sqrt(group size).",
    ],
  },
});
