import { statistic } from "../entry.js";

export default statistic({
  name: "pearson_r_component",
  formula: "(x - mu_x)*(y - mu_y)/(sigma_x*sigma_y)",
  variables: ["x", "y"],
  params: { mu_x: 0, mu_y: 0, sigma_x: 1, sigma_y: 1 },
  domains: {
    sigma_x: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
    sigma_y: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Product of the z-scores of x and y; its mean over a sample is Pearson's correlation",
    usage: "Summed and divided by n (population statistics) to give the correlation coefficient.",
    pros: ["Scale-free"],
    cons: ["Sensitive to outliers"],
    range: "(-inf, inf)",
    references: ["SciPy scipy.stats.pearsonr"],
  },
});
