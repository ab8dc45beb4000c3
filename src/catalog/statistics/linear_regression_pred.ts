import { statistic } from "../entry.js";

export default statistic({
  name: "linear_regression_pred",
  formula: "beta_0 + beta_1*x",
  params: { beta_0: 0, beta_1: 1 },
  metadata: {
    description: "Simple linear regression prediction beta_0 + beta_1*x",
    usage: "Fit beta_0 and beta_1 to data with Expression.fit.",
    pros: ["Closed-form least squares"],
    cons: ["Linear only"],
    range: "(-inf, inf)",
    references: ["SciPy scipy.stats.linregress"],
  },
});
