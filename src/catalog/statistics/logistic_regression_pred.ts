import { statistic } from "../entry.js";

export default statistic({
  name: "logistic_regression_pred",
  formula: "sigmoid(beta_0 + beta_1*x)",
  params: { beta_0: 0, beta_1: 1 },
  metadata: {
    description: "Simple logistic regression probability sigmoid(beta_0 + beta_1*x)",
    usage: "Binary outcomes against one predictor; fit beta_0, beta_1 by maximum likelihood.",
    pros: ["Exact in both tails (sigmoid)"],
    cons: ["Linear decision boundary"],
    range: "[0, 1]",
    references: ["scikit-learn LogisticRegression"],
    conventions: [
      "Written as a sigmoid: Neurogebra's 1/(exp(-beta_0 - beta_1*x) + 1) is the same function.",
    ],
  },
});
