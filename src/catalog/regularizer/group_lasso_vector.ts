import { regularizer } from "../entry.js";

const NORM = "sqrt(Sum(w[j]**2, (j, 0, n - 1)))";

export default regularizer({
  name: "group_lasso_vector",
  formula: `lambda_reg*sqrt(n)*${NORM}`,
  variables: ["w"],
  params: { lambda_reg: 0.01 },
  // At w = 0 the gradient is 0 (a subgradient), as PyTorch's norm backward, instead of 0/0.
  derivatives: { w: `Piecewise((lambda_reg*sqrt(n)*w[i]/${NORM}, Sum(w[j]**2, (j, 0, n - 1)) > 0), (0, True))` },
  metadata: {
    description: "Group lasso penalty lambda*sqrt(n)*||w||_2 of one group of weights along the last axis (n its size)",
    usage: "Structured sparsity: each row is a group (a feature's dummy columns, a neuron's incoming weights); summed over the groups it is Yuan and Lin's penalty.",
    pros: ["Convex", "Zeroes whole groups", "The weight sqrt(n) keeps large groups from being favoured"],
    cons: ["Not differentiable at w = 0", "Squares overflow beyond about 1e154 per element"],
    range: "[0, inf)",
    references: ["Yuan & Lin, Model selection and estimation in regression with grouped variables, JRSS B 2006 (weight sqrt(p_g))"],
    conventions: [
      "The vector form of Neurogebra's group_lasso (a group of two scalars, without the sqrt(n) weight): group_lasso(w1, w2) is group_lasso_vector([w1, w2])/sqrt(2).",
      "The gradient at w = 0 is 0, as PyTorch's norm backward (the subdifferential is the ball of radius lambda*sqrt(n)).",
    ],
  },
});
