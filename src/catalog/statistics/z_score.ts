import { statistic } from "../entry.js";

export default statistic({
  name: "z_score",
  formula: "(x - mu)/sigma",
  params: { mu: 0, sigma: 1 },
  domains: {
    sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Standard score (x - mu)/sigma: distance from the mean in standard deviations",
    usage: "Standardising features, outlier detection.",
    pros: ["Scale-free"],
    cons: ["Sensitive to outliers in mu and sigma"],
    range: "(-inf, inf)",
    aliases: ["standardize"],
    references: ["SciPy scipy.stats.zscore"],
  },
});
