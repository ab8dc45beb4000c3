import { regularizer } from "../entry.js";

export default regularizer({
  name: "elastic_net",
  formula: "alpha*lambda_reg*Abs(w) + (1 - alpha)*lambda_reg*w**2",
  variables: ["w"],
  params: { alpha: 0.5, lambda_reg: 0.01 },
  metadata: {
    description: "Elastic net penalty lambda*(alpha*|w| + (1 - alpha)*w**2), a mix of the L1 and L2 penalties",
    usage: "Sparse models with correlated features, where the lasso alone picks one of a group at random.",
    pros: ["Convex", "Exact zeros from the L1 part, grouping of correlated features from the L2 part"],
    cons: ["Two hyperparameters", "Not differentiable at 0"],
    range: "[0, inf) for 0 <= alpha <= 1",
    references: ["Zou & Hastie, Regularization and variable selection via the elastic net, JRSS B 2005", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "alpha is the L1 share (scikit-learn's l1_ratio). scikit-learn's ElasticNet penalty is alpha*(l1_ratio*|w| + (1 - l1_ratio)/2*w**2): its L2 part has a factor 1/2 that this one (Neurogebra's) has not.",
      "The derivative at w = 0 is 0 for the L1 part (sign(0) = 0).",
    ],
  },
});
